package coyotos.studio.tests.driver;

import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;

/**
 * Knows when a posted event has arrived: a display filter counts the mouse-ups and key-ups SWT dispatches,
 * so the driver waits for its own events to reach a widget instead of guessing how long the X server takes.
 */
final class Delivery {

    private static final AtomicLong MOUSE_UPS = new AtomicLong();
    private static final AtomicLong KEY_UPS = new AtomicLong();
    private static volatile boolean installed;

    private Delivery() {
    }

    static long mouseUps() {
        install();
        return MOUSE_UPS.get();
    }

    static long keyUps() {
        install();
        return KEY_UPS.get();
    }

    static void awaitMouseUps(long count) {
        EventLoop.waitUntil(Condition.that("the posted mouse click reaches a widget (is the pointer over the shell?)",
                () -> MOUSE_UPS.get() >= count), 5_000);
        EventLoop.pump();
    }

    static void awaitKeyUps(long count) {
        EventLoop.waitUntil(Condition.that("the posted keys reach a widget (has the shell the keyboard focus?)",
                () -> KEY_UPS.get() >= count), 5_000);
        EventLoop.pump();
    }

    static void install() {
        if (installed) {
            return;
        }
        UIThread.syncExec(() -> {
            if (!installed) {
                Display display = Display.getCurrent();
                display.addFilter(SWT.MouseUp, e -> MOUSE_UPS.incrementAndGet());
                display.addFilter(SWT.KeyUp, e -> KEY_UPS.incrementAndGet());
                installed = true;
            }
        });
    }
}
