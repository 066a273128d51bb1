package coyotos.studio.tests.driver;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;

/** An editor, found by the title on its tab ("x.coyotos", shown as "*x.coyotos" while dirty). */
public class BotEditor extends BotPart {

    BotEditor(CTabItem tab) {
        super(tab);
    }

    @Override
    public BotEditor show() {
        super.show();
        return this;
    }

    public boolean isDirty() {
        return getTitle().startsWith("*");
    }

    /** File &gt; Save as a user does it most: Ctrl+S on the editor. */
    public BotEditor save() {
        show();
        Keyboard.pressShortcut(SWT.CTRL, 's');
        EventLoop.waitUntil(Condition.that("'" + getTitle() + "' is saved", () -> !isDirty()), 10_000);
        return this;
    }
}
