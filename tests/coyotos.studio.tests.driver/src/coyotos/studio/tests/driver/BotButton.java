package coyotos.studio.tests.driver;

import org.eclipse.swt.widgets.Button;

/** A push button, check box or radio button, pressed with the mouse once it is enabled. */
public class BotButton extends BotWidget<Button> {

    BotButton(Button button) {
        super(button);
    }

    @Override
    public BotButton click() {
        waitUntilEnabled();
        super.click();
        return this;
    }

    public boolean isSelected() {
        return UIThread.syncExec(() -> widget.getSelection());
    }
}
