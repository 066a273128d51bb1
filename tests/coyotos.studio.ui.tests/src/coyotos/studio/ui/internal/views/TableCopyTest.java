package coyotos.studio.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import coyotos.studio.tests.driver.NoLoggedErrors;

/** Ctrl+C on a results table: tab-separated text with the header, the selected rows or all of them. */
@ExtendWith(NoLoggedErrors.class)
class TableCopyTest {

    private final Shell shell = new Shell();

    @AfterEach
    void dispose() {
        shell.dispose();
    }

    private Table table() {
        Table table = new Table(shell, SWT.MULTI);
        for (String header : new String[] { "Category", "A", "B" }) {
            new TableColumn(table, SWT.NONE).setText(header);
        }
        new TableItem(table, SWT.NONE).setText(new String[] { "User", "401,072", "401,072" });
        new TableItem(table, SWT.NONE).setText(new String[] { "Total", "616,875", "539,917" });
        new TableItem(table, SWT.NONE).setText(new String[] { "IPC", "4,928", "0" });
        return table;
    }

    @Test
    void everyRowWhenNoneIsSelected() {
        assertEquals("Category\tA\tB\nUser\t401,072\t401,072\nTotal\t616,875\t539,917\nIPC\t4,928\t0\n",
                TableCopy.text(table()));
    }

    @Test
    void theSelectedRowsWhenSomeAre() {
        Table table = table();
        table.setSelection(new int[] { 0, 2 });
        assertEquals("Category\tA\tB\nUser\t401,072\t401,072\nIPC\t4,928\t0\n", TableCopy.text(table));
    }
}
