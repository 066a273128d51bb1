package coyotos.studio.tests.driver;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.Widget;

/** Finds the visible widgets under a root, in the order a user reads them (depth first). UI thread only. */
final class Finder {

    private Finder() {
    }

    static <T extends Widget> List<T> all(Widget root, Class<T> type, Predicate<? super T> matcher) {
        List<T> found = new ArrayList<>();
        collect(root, type, matcher, found);
        return found;
    }

    private static <T extends Widget> void collect(Widget widget, Class<T> type, Predicate<? super T> matcher,
            List<T> found) {
        if (widget.isDisposed() || widget instanceof Control c && !c.isVisible()) {
            return;
        }
        if (type.isInstance(widget) && matcher.test(type.cast(widget))) {
            found.add(type.cast(widget));
        }
        if (widget instanceof ToolBar bar) {
            for (Item item : bar.getItems()) {
                collect(item, type, matcher, found);
            }
        }
        if (widget instanceof CTabFolder folder) {
            for (Item item : folder.getItems()) {
                collect(item, type, matcher, found);
            }
        }
        if (widget instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, matcher, found);
            }
        }
    }

    /** A widget's text as the user reads it: without mnemonic ampersands and without the accelerator after a tab. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        int tab = text.indexOf('\t');
        String shown = tab >= 0 ? text.substring(0, tab) : text;
        return shown.replace("&&", "\u0000").replace("&", "").replace('\u0000', '&').trim();
    }
}
