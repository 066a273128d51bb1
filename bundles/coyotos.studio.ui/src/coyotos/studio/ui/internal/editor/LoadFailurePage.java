package coyotos.studio.ui.internal.editor;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import coyotos.studio.model.io.LoadDiagnostic;

/**
 * What the editor shows instead of the model when the file cannot be loaded: what is wrong and where, and the
 * promise that the file is left as it is.
 */
final class LoadFailurePage {

    static final String HEADLINE = "This model could not be loaded. The file is left unchanged; fix it in a text editor "
            + "(Open With > Text Editor) and reopen it.";

    private LoadFailurePage() {
    }

    static Composite create(Composite parent, String fileName, List<LoadDiagnostic> diagnostics) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        Label icon = new Label(page, SWT.NONE);
        icon.setImage(Display.getCurrent().getSystemImage(SWT.ICON_ERROR));
        Label headline = new Label(page, SWT.WRAP);
        headline.setText(fileName + ": " + HEADLINE);
        headline.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Table table = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        String[] headers = { "Severity", "Line", "Column", "Element", "Problem" };
        int[] widths = { 80, 60, 60, 160, 700 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        for (LoadDiagnostic d : diagnostics) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { d.severity().name().toLowerCase(), d.line() < 0 ? "" : Integer.toString(d.line()),
                    d.column() < 0 ? "" : Integer.toString(d.column()), d.element() == null ? "" : d.element(),
                    d.message() });
        }
        return page;
    }
}
