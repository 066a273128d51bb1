package coyotos.studio.tests.driver;

import java.awt.AWTException;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;

/**
 * Real mouse input at display coordinates: the pointer moves there, presses and releases.
 * <p>
 * Not through Display.post: SWT 3.135 on GTK 3 synthesizes a posted click with gdk_event_put at the coordinates
 * GDK reports for the window under the pointer, and under Xvfb those come out as (0, 0) for SWT-drawn widgets
 * (a click on a view's tab lands at the folder's corner). So the mouse goes through the X server's XTest
 * extension (java.awt.Robot), exactly what a physical mouse produces; the keys still go through Display.post.
 */
public final class Mouse {

    private static final AtomicInteger POSTED = new AtomicInteger();
    private static Robot robot;

    private Mouse() {
    }

    /** How many mouse events the driver has sent since the workbench started; the keyboard journey reads it. */
    public static int eventsPosted() {
        return POSTED.get();
    }

    public static void click(Point at) {
        click(at, InputEvent.BUTTON1_DOWN_MASK, 1);
    }

    public static void doubleClick(Point at) {
        click(at, InputEvent.BUTTON1_DOWN_MASK, 2);
    }

    static synchronized void click(Point at, int button, int times) {
        if (UIThread.isUIThread()) {
            throw new IllegalStateException("the mouse is driven from the test thread: the UI thread must be free "
                    + "to take the press while the release is on its way");
        }
        long ups = Delivery.mouseUps();
        Robot r = robot();
        r.mouseMove(at.x, at.y);
        POSTED.incrementAndGet();
        EventLoop.waitUntil(Condition.that("the pointer is at " + at,
                () -> at.equals(Display.getCurrent().getCursorLocation())), 5_000);
        for (int i = 0; i < times; i++) {
            r.mousePress(button);
            r.mouseRelease(button);
            POSTED.addAndGet(2);
        }
        Delivery.awaitMouseUps(ups + times);
    }

    private static Robot robot() {
        if (robot == null) {
            try {
                robot = new Robot();
            } catch (AWTException e) {
                throw new IllegalStateException("no XTest mouse on this display: " + e.getMessage(), e);
            }
        }
        return robot;
    }
}
