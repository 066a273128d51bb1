package coyotos.studio.tests.driver;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** A table; tests read its cells as the user sees them. */
public class BotTable extends BotWidget<Table> {

    BotTable(Table table) {
        super(table);
    }

    public int rowCount() {
        return UIThread.syncExec(() -> widget.getItemCount());
    }

    public String cell(int row, int column) {
        return UIThread.syncExec(() -> widget.getItem(row).getText(column));
    }

    /** The cell in the given column of the first row whose first column reads {@code rowKey}; null if none. */
    public String cell(String rowKey, int column) {
        return cell(0, rowKey, column);
    }

    /** The cell in the given column of the first row whose {@code keyColumn} reads {@code rowKey}; null if none. */
    public String cell(int keyColumn, String rowKey, int column) {
        return UIThread.syncExec(() -> {
            for (TableItem item : widget.getItems()) {
                if (item.getText(keyColumn).equals(rowKey)) {
                    return item.getText(column);
                }
            }
            return null;
        });
    }

    public List<String> columnTexts() {
        return UIThread.syncExec(() -> {
            List<String> headers = new ArrayList<>();
            for (var column : widget.getColumns()) {
                headers.add(column.getText());
            }
            return headers;
        });
    }
}
