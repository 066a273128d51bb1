package coyotos.studio.tests.driver;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;

/**
 * A combo box. A choice is made with the keyboard: focus, then the arrow keys through the list, the way a user
 * does it without opening the drop-down (GTK opens that drop-down as a separate popup window with a grab).
 */
public class BotCombo extends BotWidget<Combo> {

    BotCombo(Combo combo) {
        super(combo);
    }

    public String getText() {
        return UIThread.syncExec(() -> widget.getText());
    }

    public java.util.List<String> items() {
        return UIThread.syncExec(() -> Arrays.asList(widget.getItems()));
    }

    public BotCombo setSelection(String item) {
        waitUntilEnabled();
        int target = UIThread.syncExec(() -> Arrays.asList(widget.getItems()).indexOf(item));
        if (target < 0) {
            throw new AssertionError(this + " offers no '" + item + "', only " + items());
        }
        // Keyboard focus the way Tab would give it; a click would open the drop-down.
        UIThread.syncExec(() -> widget.setFocus());
        EventLoop.waitUntil(Condition.that(this + " has the keyboard focus", widget::isFocusControl), 5_000);
        for (int guard = 0; guard <= items().size(); guard++) {
            int at = UIThread.syncExec(() -> widget.getSelectionIndex());
            if (at == target) {
                return this;
            }
            Keyboard.press(at < target ? SWT.ARROW_DOWN : SWT.ARROW_UP);
        }
        throw new AssertionError(this + " did not move to '" + item + "' with the arrow keys; it shows " + getText());
    }
}
