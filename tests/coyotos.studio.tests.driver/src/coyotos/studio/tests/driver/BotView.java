package coyotos.studio.tests.driver;

import org.eclipse.swt.custom.CTabItem;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.PlatformUI;

/** A view, found by the title on its tab. */
public class BotView extends BotPart {

    BotView(CTabItem tab) {
        super(tab);
    }

    @Override
    public BotView show() {
        super.show();
        return this;
    }

    /** The line a view shows under its tab (what it is showing), e.g. the run a Timeline draws. */
    public String contentDescription() {
        return UIThread.syncExec(() -> {
            for (IViewReference ref : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                    .getViewReferences()) {
                if (ref.getPartName().equals(Finder.clean(widget.getText()))) {
                    return ref.getContentDescription();
                }
            }
            return null;
        });
    }
}
