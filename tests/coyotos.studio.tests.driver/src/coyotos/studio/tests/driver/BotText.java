package coyotos.studio.tests.driver;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/** A text field: clicked into, its content selected and replaced by typing, as a user does. */
public class BotText extends BotWidget<Text> {

    BotText(Text text) {
        super(text);
    }

    public BotText setText(String text) {
        waitUntilEnabled();
        click();
        Keyboard.pressShortcut(SWT.CTRL, 'a');
        Keyboard.type(text);
        EventLoop.waitUntil(Condition.that(this + " shows '" + text + "'", () -> text.equals(widget.getText())), 5_000);
        return this;
    }

    /** Types at the caret of a field that already has the keyboard focus. */
    public BotText typeText(String text) {
        Keyboard.type(text);
        return this;
    }

    public String getText() {
        return UIThread.syncExec(() -> widget.getText());
    }
}
