package coyotos.studio.tests.driver;

import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;

/** A view or editor of the workbench window, reached through its tab. */
public class BotPart extends BotWidget<CTabItem> {

    BotPart(CTabItem tab) {
        super(tab);
    }

    /** The tab's title as shown; a dirty editor's starts with '*'. */
    public String getTitle() {
        return UIThread.syncExec(() -> widget.getText());
    }

    /**
     * Clicks the part's tab (bringing it to the front and making it the active part), waits for its content.
     * The tab of the part already active is not clicked again: two clicks in a row would maximize it.
     */
    public BotPart show() {
        if (!isShown() || !isActive()) {
            click();
        }
        EventLoop.waitUntil(Condition.that("'" + getTitle() + "' is shown", this::isShown), 10_000);
        return this;
    }

    /** Whether this is the workbench's active part. */
    public boolean isActive() {
        return UIThread.syncExec(() -> {
            IWorkbenchPart active = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActivePart();
            return active != null && !widget.isDisposed() && widget.getText().replaceFirst("^\\*", "").equals(active.getTitle());
        });
    }

    /** Whether the part is still open (its tab not closed). */
    public boolean isOpen() {
        return UIThread.syncExec(() -> !widget.isDisposed());
    }

    public boolean isShown() {
        return UIThread.syncExec(() -> !widget.isDisposed() && widget.getParent().getSelection() == widget
                && widget.getControl() != null
                && widget.getControl().isVisible());
    }

    /** Finds widgets inside the part's content (shown or not: tests may read a part in the background). */
    public Bot bot() {
        return new Bot(() -> {
            Control content = widget.getControl();
            if (content == null) {
                throw new IllegalStateException("'" + widget.getText() + "' has not been shown yet");
            }
            return content;
        });
    }

    @Override
    protected Point center() {
        return UIThread.syncExec(() -> {
            Rectangle r = widget.getBounds();
            if (!widget.isShowing()) {
                throw new AssertionError("the tab '" + widget.getText() + "' is hidden behind its folder's chevron");
            }
            return widget.getParent().toDisplay(r.x + r.width / 2, r.y + r.height / 2);
        });
    }
}
