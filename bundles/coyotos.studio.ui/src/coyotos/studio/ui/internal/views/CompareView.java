package coyotos.studio.ui.internal.views;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import coyotos.studio.runs.RunComparison;
import coyotos.studio.ui.internal.runs.RunLibrary;
import coyotos.studio.ui.internal.runs.StoredRun;

/**
 * Compare Runs: two runs (say the external handler and the activation handler) category by category, with
 * the difference (B - A) and the ratio (B / A), as {@link RunComparison} computes them. Rows where B costs
 * more are red, less green.
 */
public class CompareView extends RunsView {

    private Combo runA;
    private Combo runB;
    private Label kernels;
    private Table table;
    private List<StoredRun> runs = List.of();

    @Override
    protected Control createContents(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(4, false));
        new Label(body, SWT.NONE).setText("Run &A:");
        runA = new Combo(body, SWT.READ_ONLY);
        runA.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(body, SWT.NONE).setText("Run &B:");
        runB = new Combo(body, SWT.READ_ONLY);
        runB.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        kernels = new Label(body, SWT.WRAP);
        kernels.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
        table = new Table(body, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        int[] widths = { 200, 150, 150, 150, 100 };
        for (int i = 0; i < RunComparison.COLUMNS.size(); i++) {
            TableColumn column = new TableColumn(table, i == 0 ? SWT.LEFT : SWT.RIGHT);
            column.setText(RunComparison.COLUMNS.get(i));
            column.setWidth(widths[i]);
        }
        TableCopy.install(table);
        runA.addListener(SWT.Selection, e -> compare());
        runB.addListener(SWT.Selection, e -> compare());
        return body;
    }

    /** Only a change of the library matters here; the selection does not. */
    @Override
    protected void refresh() {
        compute(cancelled -> RunLibrary.get().runs(), all -> {
            if (!all.equals(runs)) {
                reload(all);
            }
        });
    }

    /** New runs are offered at once: B becomes the newest, A the one before, the usual "what changed" pair. */
    private void reload(List<StoredRun> all) {
        runs = all;
        for (Combo combo : new Combo[] { runA, runB }) {
            combo.removeAll();
            runs.forEach(r -> combo.add(r.label()));
        }
        if (runs.size() >= 2) {
            runA.select(runs.size() - 2);
            runB.select(runs.size() - 1);
        } else if (runs.size() == 1) {
            runA.select(0);
            runB.select(0);
        }
        compare();
    }

    /** Compares two runs of the library; tests call it to pick the pair. */
    public void compare(StoredRun a, StoredRun b) {
        List<StoredRun> all = RunLibrary.get().runs();
        if (!all.equals(runs)) {
            reload(all);
        }
        runA.select(runs.indexOf(a));
        runB.select(runs.indexOf(b));
        compare();
    }

    private void compare() {
        table.removeAll();
        if (runA.getSelectionIndex() < 0 || runB.getSelectionIndex() < 0) {
            return;
        }
        StoredRun a = runs.get(runA.getSelectionIndex());
        StoredRun b = runs.get(runB.getSelectionIndex());
        // Side by side under both kernel variants is the seed question's answer: say which kernel each column ran.
        kernels.setText("A: kernel " + a.record().kernelLabel() + ", profile " + a.record().profile() + "    B: kernel "
                + b.record().kernelLabel() + ", profile " + b.record().profile());
        kernels.getParent().layout();
        for (RunComparison.Row row : RunComparison.rows(a.record(), b.record())) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(row.cells().toArray(String[]::new));
            if (row.difference() != 0) {
                item.setForeground(3, table.getDisplay().getSystemColor(
                        row.difference() > 0 ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_GREEN));
            }
        }
    }

    /** Which kernel and profile runs A and B ran; tests read it. */
    public String kernelsText() {
        return kernels.getText();
    }

    /** The text of a cell of the comparison table; tests read it. */
    public String cell(String category, int column) {
        for (TableItem item : table.getItems()) {
            if (item.getText(0).equals(category)) {
                return item.getText(column);
            }
        }
        return null;
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }
}
