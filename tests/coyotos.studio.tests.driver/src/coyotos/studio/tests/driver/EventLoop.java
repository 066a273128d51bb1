package coyotos.studio.tests.driver;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Display;

/**
 * Waiting for the workbench. On the UI thread it runs the event loop until the condition holds; on a test
 * thread it tests the condition on the UI thread and, between tests, waits for the UI thread to have run its
 * loop once more (a timer of the UI thread, not a sleep): either way the wait ends as soon as the condition holds.
 */
public final class EventLoop {

    /** How often a waiting test thread looks again; the UI thread runs its loop in between. */
    private static final int POLL_MILLIS = 15;

    private EventLoop() {
    }

    /** Dispatches what is queued, on the UI thread; from a test thread, waits until the UI thread has done so. */
    public static void pump() {
        if (UIThread.isUIThread()) {
            Display display = Display.getCurrent();
            while (display.readAndDispatch()) {
                // drain the queue
            }
        } else {
            UIThread.syncExec(() -> { });
        }
    }

    public static void waitUntil(Condition condition, long timeoutMillis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        Throwable last = null;
        while (true) {
            try {
                if (UIThread.syncExec(() -> test(condition))) {
                    return;
                }
                last = null;
            } catch (RuntimeException | AssertionError e) {
                last = e;
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutError("timed out after " + timeoutMillis + " ms waiting until "
                        + condition.description(), last);
            }
            nextRound();
        }
    }

    private static boolean test(Condition condition) {
        try {
            return condition.test();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void nextRound() {
        Display display = UIThread.display();
        if (UIThread.isUIThread()) {
            if (!display.readAndDispatch()) {
                display.timerExec(POLL_MILLIS, () -> { });
                display.sleep();
            }
            return;
        }
        CountDownLatch ran = new CountDownLatch(1);
        display.asyncExec(() -> display.timerExec(POLL_MILLIS, ran::countDown));
        try {
            ran.await(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the UI", e);
        }
    }
}
