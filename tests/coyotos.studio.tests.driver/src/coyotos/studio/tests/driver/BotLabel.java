package coyotos.studio.tests.driver;

import org.eclipse.swt.widgets.Label;

/** A label; tests read what it says. */
public class BotLabel extends BotWidget<Label> {

    BotLabel(Label label) {
        super(label);
    }

    public String getText() {
        return UIThread.syncExec(() -> widget.getText());
    }
}
