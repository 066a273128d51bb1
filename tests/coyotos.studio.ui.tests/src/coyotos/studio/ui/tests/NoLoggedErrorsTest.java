package coyotos.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.junit.jupiter.api.Test;

import coyotos.studio.tests.driver.NoLoggedErrors;

/**
 * The rule every workbench test runs under fails a test that logs an error, and only then. (This class does
 * not run under it: it logs errors on purpose, and watches the log the way the rule does.)
 */
class NoLoggedErrorsTest {

    private static final String PLUGIN = "coyotos.studio.ui.tests";
    private final ILog log = Platform.getLog(NoLoggedErrorsTest.class);

    @Test
    void anErrorLoggedDuringATestFailsIt() {
        NoLoggedErrors.Watch watch = NoLoggedErrors.Watch.start();
        log.log(new Status(IStatus.ERROR, PLUGIN, "a listener broke", new IllegalStateException("boom")));
        MultiStatus job = new MultiStatus(PLUGIN, 0, "a job failed", null);
        job.add(new Status(IStatus.WARNING, PLUGIN, "a warning inside"));
        job.add(new Status(IStatus.ERROR, PLUGIN, "the reason inside"));
        log.log(job);
        List<String> errors = watch.stop();
        assertEquals(List.of("coyotos.studio.ui.tests: a listener broke (java.lang.IllegalStateException: boom)",
                "coyotos.studio.ui.tests: a job failed\n  coyotos.studio.ui.tests: the reason inside"), errors);
        AssertionError failure = assertThrows(AssertionError.class, () -> NoLoggedErrors.failIfAny(errors));
        assertEquals("""
                the workbench logged 2 error(s) during the test:
                coyotos.studio.ui.tests: a listener broke (java.lang.IllegalStateException: boom)
                coyotos.studio.ui.tests: a job failed
                  coyotos.studio.ui.tests: the reason inside""", failure.getMessage());
    }

    @Test
    void warningsAndErrorsOutsideTheTestDoNot() {
        NoLoggedErrors.Watch watch = NoLoggedErrors.Watch.start();
        log.log(new Status(IStatus.WARNING, PLUGIN, "only a warning"));
        log.log(new Status(IStatus.INFO, PLUGIN, "only news"));
        List<String> errors = watch.stop();
        log.log(new Status(IStatus.ERROR, PLUGIN, "after the test: not its error"));
        assertEquals(List.of(), errors);
        assertEquals(List.of(), watch.stop(), "a stopped watch hears nothing more");
        NoLoggedErrors.failIfAny(errors);
    }
}
