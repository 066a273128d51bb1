package coyotos.studio.tests.driver;

import org.eclipse.swt.internal.gtk.GDK;
import org.eclipse.swt.internal.gtk.GTK;
import org.eclipse.swt.internal.gtk.OS;
import org.eclipse.swt.internal.gtk3.GTK3;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Does the one thing a window manager would: keeps the keyboard focus on a window of the application.
 * <p>
 * SWT's Display.post puts a key event on the window GDK believes focused. Under Xvfb there is no window manager:
 * when a dialog closes, X gives the focus to the root window, and the workbench window may no longer count as
 * focused (SWT still reports it as the active shell). Shell.forceActive() cannot help: SWT skips the shell it
 * believes active, and asks X for others with the time of the last user event, which X ignores as older than
 * the focus change. So before keys are posted, an active shell that GTK does not see focused gets the X focus
 * with XSetInputFocus at CurrentTime (what SWT itself does for ON_TOP shells), and the driver waits until GTK
 * has taken it.
 */
@SuppressWarnings("restriction")
final class WindowFocus {

    private static final int REVERT_TO_PARENT = 2;
    private static final int CURRENT_TIME = 0;
    private static final int GDK_WINDOW_STATE_FOCUSED = 128;

    private WindowFocus() {
    }

    static void ensure() {
        Shell target = UIThread.syncExec(() -> {
            Shell shell = activeOrTopShell();
            if (!OS.isX11() || shell == null || focused(shell)) {
                return null;
            }
            long window = window(shell);
            long gdkDisplay = GDK.gdk_window_get_display(window);
            GDK.gdk_x11_display_error_trap_push(gdkDisplay);
            OS.XSetInputFocus(GDK.gdk_x11_display_get_xdisplay(gdkDisplay), GDK.gdk_x11_window_get_xid(window),
                    REVERT_TO_PARENT, CURRENT_TIME);
            GDK.gdk_x11_display_error_trap_pop_ignored(gdkDisplay);
            return shell;
        });
        if (target != null) {
            EventLoop.waitUntil(Condition.that("the window '" + UIThread.syncExec(() -> target.getText())
                    + "' has the keyboard focus", () -> target.isDisposed() || focused(target)), 5_000);
        }
    }

    private static Shell activeOrTopShell() {
        Display display = Display.getCurrent();
        Shell active = display.getActiveShell();
        if (active != null) {
            return active;
        }
        Shell[] shells = display.getShells();
        for (int i = shells.length - 1; i >= 0; i--) {
            if (shells[i].isVisible()) {
                return shells[i];
            }
        }
        return null;
    }

    /** GTK's own view: the toplevel is active, and GDK marks its window focused. */
    private static boolean focused(Shell shell) {
        return GTK.gtk_window_is_active(GTK3.gtk_widget_get_toplevel(shell.handle))
                && (GDK.gdk_window_get_state(window(shell)) & GDK_WINDOW_STATE_FOCUSED) != 0;
    }

    private static long window(Shell shell) {
        return GTK3.gtk_widget_get_window(GTK3.gtk_widget_get_toplevel(shell.handle));
    }
}
