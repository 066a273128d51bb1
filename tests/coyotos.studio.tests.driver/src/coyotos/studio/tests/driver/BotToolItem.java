package coyotos.studio.tests.driver;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.ToolItem;

/** A tool bar button (found by its tooltip), pressed with the mouse. */
public class BotToolItem extends BotWidget<ToolItem> {

    BotToolItem(ToolItem item) {
        super(item);
    }

    @Override
    public boolean isEnabled() {
        return UIThread.syncExec(() -> widget.isEnabled());
    }

    @Override
    public BotToolItem click() {
        waitUntilEnabled();
        super.click();
        return this;
    }

    @Override
    protected Point center() {
        return UIThread.syncExec(() -> {
            Rectangle r = widget.getBounds();
            return widget.getParent().toDisplay(r.x + r.width / 2, r.y + r.height / 2);
        });
    }
}
