package coyotos.studio.ui.tests;

import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import coyotos.studio.tests.driver.Condition;
import coyotos.studio.tests.driver.EventLoop;

/** Small helpers for tests that run on the UI thread of a real workbench; the waiting is the test driver's. */
final class Workbench {

    private Workbench() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Runs the event loop until the condition holds; fails after the timeout instead of hanging. */
    static void waitUntil(String what, long timeoutMillis, BooleanSupplier condition) {
        EventLoop.waitUntil(Condition.that(what, condition::getAsBoolean), timeoutMillis);
    }

    static void processEvents() {
        EventLoop.pump();
    }

    static void joinJobs(Object family, long timeoutMillis) {
        waitUntil("jobs of " + family + " finish", timeoutMillis, () -> Job.getJobManager().find(family).length == 0);
    }
}
