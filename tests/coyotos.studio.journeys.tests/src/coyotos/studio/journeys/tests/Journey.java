package coyotos.studio.journeys.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import org.eclipse.swt.widgets.Shell;

import coyotos.studio.tests.driver.ScreenshotOnFailure;
import coyotos.studio.tests.driver.UIThread;
import coyotos.studio.tests.driver.WorkbenchBot;

/**
 * A user journey in the real workbench: a clean workspace before, a screenshot on failure, tidying after, and
 * no error in the workbench log meanwhile (an exception in an event loop never reaches the test otherwise).
 */
@ExtendWith(ScreenshotOnFailure.class)
abstract class Journey {

    protected final WorkbenchBot bot = new WorkbenchBot();
    protected final UserSteps user = new UserSteps(bot);

    private final List<IStatus> logged = new CopyOnWriteArrayList<>();
    private final ILogListener errors = (status, plugin) -> {
        if (status.matches(IStatus.ERROR)) {
            logged.add(status);
        }
    };

    @BeforeEach
    void cleanWorkbench() throws Exception {
        Platform.addLogListener(errors);
        Fixtures.reset();
        bot.workbenchShell().activate();
        UIThread.syncExec(() -> {
            Shell window = bot.workbenchShell().widget();
            window.setBounds(window.getDisplay().getClientArea());
        });
    }

    @AfterEach
    void tidyUp() throws Exception {
        Fixtures.reset();
        Platform.removeLogListener(errors);
        assertEquals(List.of(), logged.stream().map(s -> s.getMessage() + (s.getException() == null ? ""
                : ": " + s.getException())).toList(), "the workbench logged no error during the journey");
    }
}
