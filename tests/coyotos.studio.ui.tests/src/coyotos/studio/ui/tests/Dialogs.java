package coyotos.studio.ui.tests;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Answers a dialog the code under test opens on the UI thread, where the test runs too: a timer, run by the
 * dialog's own event loop, presses the button once the dialog with that title is up (it gives up after 30 s).
 */
final class Dialogs {

    private Dialogs() {
    }

    /** Presses {@code button} of the next shell titled {@code title}; the flag says whether it happened. */
    static AtomicBoolean answer(String title, String button) {
        return answerAfter(title, button, () -> { });
    }

    /** The same, running {@code first} (a screenshot, say) while the dialog is up. */
    static AtomicBoolean answerAfter(String title, String button, Runnable first) {
        Display display = Display.getCurrent();
        AtomicBoolean answered = new AtomicBoolean();
        long deadline = System.currentTimeMillis() + 30_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                Button target = shell.isVisible() && title.equals(shell.getText()) ? find(shell, button) : null;
                if (target != null) {
                    first.run();
                    target.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                    answered.set(true);
                    return;
                }
            }
            if (System.currentTimeMillis() < deadline) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
        return answered;
    }

    private static Button find(Composite parent, String text) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button b && text.equals(b.getText().replace("&", ""))) {
                return b;
            }
            if (child instanceof Composite c) {
                Button found = find(c, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
