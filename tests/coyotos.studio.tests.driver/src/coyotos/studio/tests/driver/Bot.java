package coyotos.studio.tests.driver;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.Widget;

/**
 * Finds widgets inside one root (a shell, a view, an editor) by type and text, label or tooltip, waiting for
 * them to appear the way SWTBot's finders do.
 */
public class Bot {

    static final long FIND_TIMEOUT = 10_000;

    private final Supplier<? extends Widget> root;

    public Bot(Widget root) {
        this(() -> root);
    }

    Bot(Supplier<? extends Widget> root) {
        this.root = root;
    }

    /** The first visible widget of the type that matches; waits for it. */
    public <T extends Widget> T widget(String what, Class<T> type, Predicate<? super T> matcher) {
        Object[] found = new Object[1];
        EventLoop.waitUntil(Condition.that(what + " is shown", () -> {
            List<T> all = Finder.all(root.get(), type, matcher);
            found[0] = all.isEmpty() ? null : all.get(0);
            return found[0] != null;
        }), FIND_TIMEOUT);
        return type.cast(found[0]);
    }

    /** Whether such a widget is shown now, without waiting. */
    public <T extends Widget> boolean isShown(Class<T> type, Predicate<? super T> matcher) {
        return UIThread.syncExec(() -> !Finder.all(root.get(), type, matcher).isEmpty());
    }

    public BotButton button(String text) {
        return new BotButton(widget("button '" + text + "'", Button.class, b -> Finder.clean(b.getText()).equals(text)));
    }

    public BotText text() {
        return new BotText(widget("a text field", Text.class, t -> true));
    }

    public BotText textWithLabel(String label) {
        return new BotText(withLabel(label, Text.class));
    }

    public BotCombo comboBoxWithLabel(String label) {
        return new BotCombo(withLabel(label, Combo.class));
    }

    public BotTree tree() {
        return new BotTree(widget("a tree", Tree.class, t -> true));
    }

    public BotTable table() {
        return new BotTable(widget("a table", Table.class, t -> true));
    }

    /** The table whose column headers include this one. */
    public BotTable tableWithColumn(String header) {
        return new BotTable(widget("a table with column '" + header + "'", Table.class,
                t -> java.util.Arrays.stream(t.getColumns()).anyMatch(c -> c.getText().equals(header))));
    }

    public BotLabel label(String text) {
        return new BotLabel(widget("label '" + text + "'", Label.class, l -> Finder.clean(l.getText()).equals(text)));
    }

    public BotLabel labelContaining(String fragment) {
        return new BotLabel(widget("a label containing '" + fragment + "'", Label.class,
                l -> l.getText().contains(fragment)));
    }

    public BotToolItem toolItemWithTooltip(String tooltip) {
        return new BotToolItem(widget("tool item '" + tooltip + "'", ToolItem.class,
                i -> tooltip.equals(i.getToolTipText())));
    }

    /** The first control of the type that follows the label with this text among the label's siblings. */
    private <T extends Control> T withLabel(String label, Class<T> type) {
        Label found = widget("label '" + label + "'", Label.class, l -> Finder.clean(l.getText()).equals(label));
        return UIThread.syncExec(() -> {
            boolean after = false;
            for (Control sibling : found.getParent().getChildren()) {
                if (sibling == found) {
                    after = true;
                } else if (after && type.isInstance(sibling) && sibling.isVisible()) {
                    return type.cast(sibling);
                }
            }
            throw new AssertionError("no " + type.getSimpleName() + " follows the label '" + label + "'");
        });
    }
}
