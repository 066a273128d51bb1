package coyotos.studio.tests.driver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.TreeItem;

/** A row of a tree: selected with a click, expanded with the keypad '+' key, opened with a double-click. */
public class BotTreeItem extends BotWidget<TreeItem> {

    BotTreeItem(TreeItem item) {
        super(item);
    }

    public String getText() {
        return UIThread.syncExec(() -> Finder.clean(widget.getText()));
    }

    public String cell(int column) {
        return UIThread.syncExec(() -> widget.getText(column));
    }

    public BotTreeItem select() {
        click();
        EventLoop.waitUntil(Condition.that(this + " is selected",
                () -> Arrays.asList(widget.getParent().getSelection()).contains(widget)), 5_000);
        return this;
    }

    /** Selects the child with this text (expanding this row first), like SWTBot's select(String...). */
    public BotTreeItem select(String child) {
        return expand().getNode(child).select();
    }

    public BotTreeItem doubleClick() {
        Mouse.doubleClick(center());
        return this;
    }

    public BotTreeItem expand() {
        if (UIThread.syncExec(() -> widget.getExpanded())) {
            return this;
        }
        select();
        Keyboard.press(SWT.KEYPAD_ADD);
        EventLoop.waitUntil(Condition.that(this + " is expanded with its children shown", () -> widget.getExpanded()
                && Arrays.stream(widget.getItems()).noneMatch(i -> i.getText().isEmpty())), 10_000);
        return this;
    }

    /** The child row with this text; waits for it, since trees fill their rows lazily. */
    public BotTreeItem getNode(String text) {
        TreeItem[] found = new TreeItem[1];
        EventLoop.waitUntil(Condition.that(this + " has a child '" + text + "' (children: " + childTexts() + ")", () -> {
            for (TreeItem child : widget.getItems()) {
                if (Finder.clean(child.getText()).equals(text)) {
                    found[0] = child;
                    return true;
                }
            }
            return false;
        }), 10_000);
        return new BotTreeItem(found[0]);
    }

    public BotTreeItem expandNode(String... path) {
        BotTreeItem item = this;
        for (String text : path) {
            item = item.expand().getNode(text);
        }
        return item.expand();
    }

    public List<String> childTexts() {
        return UIThread.syncExec(() -> {
            List<String> texts = new ArrayList<>();
            for (TreeItem child : widget.getItems()) {
                texts.add(Finder.clean(child.getText()));
            }
            return texts;
        });
    }

    @Override
    protected Point center() {
        return UIThread.syncExec(() -> {
            widget.getParent().showItem(widget);
            Rectangle r = widget.getBounds();
            return widget.getParent().toDisplay(r.x + Math.min(r.width / 2, 40), r.y + r.height / 2);
        });
    }

    /** The bounds of one column of this row, for clicking a cell (say the Value column of Properties). */
    public BotTreeItem clickCell(int column) {
        Point at = UIThread.syncExec(() -> {
            widget.getParent().showItem(widget);
            Rectangle r = widget.getBounds(column);
            return widget.getParent().toDisplay(r.x + Math.min(r.width / 2, 30), r.y + r.height / 2);
        });
        Mouse.click(at);
        return this;
    }
}
