package coyotos.studio.tests.driver;

import org.eclipse.swt.widgets.Shell;

/** A shell (window or dialog) found by its title. */
public class BotShell extends BotWidget<Shell> {

    BotShell(Shell shell) {
        super(shell);
    }

    public String getText() {
        return UIThread.syncExec(() -> widget.isDisposed() ? "" : widget.getText());
    }

    /** Brings the shell to the front with the keyboard focus, and waits until SWT reports it active. */
    public BotShell activate() {
        UIThread.syncExec(() -> widget.forceActive());
        EventLoop.waitUntil(Condition.that("shell '" + getText() + "' is active",
                () -> widget.getDisplay().getActiveShell() == widget), 5_000);
        return this;
    }

    public Bot bot() {
        return new Bot(widget);
    }

    public boolean isOpen() {
        return UIThread.syncExec(() -> !widget.isDisposed() && widget.isVisible());
    }

    public void waitUntilClosed(long timeoutMillis) {
        EventLoop.waitUntil(Condition.that("shell '" + getText() + "' closes", () -> !isOpen()), timeoutMillis);
    }

    public void close() {
        UIThread.syncExec(() -> {
            if (!widget.isDisposed()) {
                widget.close();
            }
        });
    }
}
