package coyotos.studio.tests.driver;

import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * Knows when a posted event has arrived: display filters count the mouse-ups and spot the keys SWT dispatches,
 * so the driver waits for its own events to reach a widget instead of guessing how long the X server takes.
 */
final class Delivery {

    private static final AtomicLong MOUSE_UPS = new AtomicLong();
    private static volatile int expectedKey;
    private static volatile boolean keySeen;
    private static volatile boolean installed;

    private Delivery() {
    }

    static long mouseUps() {
        install();
        return MOUSE_UPS.get();
    }

    /** The next KeyDown or KeyUp of this key (char or key code) counts as its delivery. */
    static void expectKey(int key) {
        install();
        keySeen = false;
        expectedKey = key;
    }

    static void awaitMouseUps(long count) {
        EventLoop.waitUntil(Condition.that("the posted mouse click reaches a widget (is the pointer over the shell?)",
                () -> MOUSE_UPS.get() >= count), 5_000);
        EventLoop.pump();
    }

    /**
     * Waits until the expected key reached a widget, going down or coming up: a key binding consumes the KeyDown
     * before other filters see it, and a key that closes a popup leaves its KeyUp no widget to go to.
     */
    static void awaitKey() {
        EventLoop.waitUntil(Condition.that("the posted key reaches a widget (has the shell the keyboard focus?)",
                () -> keySeen), 5_000);
        EventLoop.pump();
    }

    private static void key(Event e) {
        int key = expectedKey;
        if (e.keyCode == key || e.character == key || Character.toLowerCase(e.character) == key) {
            keySeen = true;
        }
    }

    static void install() {
        if (installed) {
            return;
        }
        UIThread.syncExec(() -> {
            if (!installed) {
                Display display = Display.getCurrent();
                display.addFilter(SWT.MouseUp, e -> MOUSE_UPS.incrementAndGet());
                display.addFilter(SWT.KeyDown, Delivery::key);
                display.addFilter(SWT.KeyUp, Delivery::key);
                installed = true;
            }
        });
    }
}
