package coyotos.studio.tests.driver;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** A tree (or a tree viewer's control): rows found by their text, walked from the top. */
public class BotTree extends BotWidget<Tree> {

    BotTree(Tree tree) {
        super(tree);
    }

    /** The top-level row with this text; waits for it. */
    public BotTreeItem getTreeItem(String text) {
        TreeItem[] found = new TreeItem[1];
        EventLoop.waitUntil(Condition.that("the tree has a row '" + text + "' (rows: " + rowTexts() + ")", () -> {
            for (TreeItem item : widget.getItems()) {
                if (Finder.clean(item.getText()).equals(text)) {
                    found[0] = item;
                    return true;
                }
            }
            return false;
        }), 10_000);
        return new BotTreeItem(found[0]);
    }

    /** Expands the path from the top and returns its last row, expanded. */
    public BotTreeItem expandNode(String first, String... rest) {
        return getTreeItem(first).expandNode(rest);
    }

    public BotTree select(String text) {
        getTreeItem(text).select();
        return this;
    }

    public List<String> rowTexts() {
        return UIThread.syncExec(() -> {
            List<String> texts = new ArrayList<>();
            for (TreeItem item : widget.getItems()) {
                texts.add(Finder.clean(item.getText()));
            }
            return texts;
        });
    }

    /**
     * Every row a user can see (the top-level rows and the rows under expanded ones), depth first, its cells
     * tab-separated. Rows under a collapsed row are not read: in a virtual tree (the debug views) reading one asks
     * the viewer for its element (SWT.SetData), which fills the collapsed row's placeholder child, and JFace's
     * TreeViewer then takes that child for the row's whole content when the row is expanded (it asks for the
     * child count only while the placeholder is empty), so the row would show its first child only.
     */
    public List<String> allRows() {
        return UIThread.syncExec(() -> {
            List<String> rows = new ArrayList<>();
            for (TreeItem item : widget.getItems()) {
                collect(item, rows);
            }
            return rows;
        });
    }

    private void collect(TreeItem item, List<String> rows) {
        int columns = Math.max(1, widget.getColumnCount());
        StringBuilder row = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            row.append(c == 0 ? "" : "\t").append(item.getText(c));
        }
        rows.add(row.toString());
        if (!item.getExpanded()) {
            return;
        }
        for (TreeItem child : item.getItems()) {
            collect(child, rows);
        }
    }
}
