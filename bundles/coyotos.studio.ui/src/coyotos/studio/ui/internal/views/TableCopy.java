package coyotos.studio.ui.internal.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** Ctrl+C on a results table copies the selected rows (or all) as tab-separated text with a header line. */
final class TableCopy {

    private TableCopy() {
    }

    static void install(Table table) {
        table.addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'c' || e.keyCode == 'C')) {
                copy(table);
            }
        });
    }

    static String text(Table table) {
        StringBuilder sb = new StringBuilder();
        TableColumn[] columns = table.getColumns();
        for (int c = 0; c < columns.length; c++) {
            sb.append(c == 0 ? "" : "\t").append(columns[c].getText());
        }
        sb.append('\n');
        TableItem[] items = table.getSelectionCount() > 0 ? table.getSelection() : table.getItems();
        for (TableItem item : items) {
            for (int c = 0; c < columns.length; c++) {
                sb.append(c == 0 ? "" : "\t").append(item.getText(c));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static void copy(Table table) {
        Clipboard clipboard = new Clipboard(table.getDisplay());
        try {
            clipboard.setContents(new Object[] { text(table) }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }
}
