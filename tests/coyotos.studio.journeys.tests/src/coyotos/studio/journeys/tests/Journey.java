package coyotos.studio.journeys.tests;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import coyotos.studio.tests.driver.NoLoggedErrors;
import coyotos.studio.tests.driver.ScreenshotOnFailure;
import coyotos.studio.tests.driver.UIThread;
import coyotos.studio.tests.driver.WorkbenchBot;

/**
 * A user journey in the real workbench: a clean workspace before, a screenshot on failure, tidying after, and
 * no error in the workbench log meanwhile.
 */
@ExtendWith({ ScreenshotOnFailure.class, NoLoggedErrors.class })
abstract class Journey {

    protected final WorkbenchBot bot = new WorkbenchBot();
    protected final UserSteps user = new UserSteps(bot);

    @BeforeEach
    void cleanWorkbench() throws Exception {
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
    }
}
