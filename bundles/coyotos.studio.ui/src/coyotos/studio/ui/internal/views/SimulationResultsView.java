package coyotos.studio.ui.internal.views;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import coyotos.studio.runs.RunRecord;
import coyotos.studio.runs.RunRecordJson;
import coyotos.studio.sim.result.CostCategory;
import coyotos.studio.ui.internal.runs.RunLibrary;
import coyotos.studio.ui.internal.runs.StoredRun;

/**
 * Simulation Results: every run the workspace knows (top) and the selected run's summary (bottom): cycles
 * per category with share and cost per fault, faults raised/delivered/resolved/fatal, memory by kind.
 */
public class SimulationResultsView extends ViewPart implements RunLibrary.Listener {

    static final String NO_RUNS_MESSAGE = "No simulation results yet.";

    /** One line of the summary of a run. */
    record SummaryRow(String group, String what, String value, String share, String perFault) {
    }

    private Label status;
    private TableViewer runs;
    private TableViewer summary;

    @Override
    public void createPartControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        body.setLayout(layout);
        status = new Label(body, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = new SashForm(body, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        runs = table(sash, new String[] { "Run", "Profile", "Total cycles", "Faults", "Resolved", "Fatal", "End", "Digest" },
                new int[] { 40, 12, 14, 8, 8, 6, 12, 16 }, r -> {
                    RunRecord rec = ((StoredRun) r).record();
                    return new String[] { rec.label(), rec.profile(), Cycles.count(rec.totalCycles()),
                            Cycles.count(rec.fault("raised")), Cycles.count(rec.fault("resolved")),
                            Cycles.count(rec.fault("fatal")), rec.termination(), rec.digest() };
                });
        runs.addSelectionChangedListener(e -> {
            Object first = runs.getStructuredSelection().getFirstElement();
            if (first instanceof StoredRun run) {
                RunLibrary.get().select(run);
            }
        });
        summary = table(sash, new String[] { "", "What", "Value", "Share", "Per fault" },
                new int[] { 10, 30, 20, 12, 14 }, r -> {
                    SummaryRow row = (SummaryRow) r;
                    return new String[] { row.group(), row.what(), row.value(), row.share(), row.perFault() };
                });
        sash.setWeights(35, 65);

        Action export = new Action("Export Run...") {
            @Override
            public void run() {
                exportSelected();
            }
        };
        export.setToolTipText("Export the selected run as JSON or CSV");
        getViewSite().getActionBars().getToolBarManager().add(export);
        getViewSite().getActionBars().getMenuManager().add(export);

        RunLibrary.get().addListener(this);
        refresh();
    }

    interface Cells {
        String[] of(Object row);
    }

    private static TableViewer table(Composite parent, String[] headers, int[] weights, Cells cells) {
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout columns = new TableColumnLayout();
        holder.setLayout(columns);
        TableViewer viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        for (int i = 0; i < headers.length; i++) {
            int index = i;
            TableViewerColumn column = new TableViewerColumn(viewer, i >= 2 ? SWT.RIGHT : SWT.LEFT);
            column.getColumn().setText(headers[i]);
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return cells.of(element)[index];
                }
            });
            columns.setColumnData(column.getColumn(), new ColumnWeightData(weights[i], 40));
        }
        TableCopy.install(viewer.getTable());
        return viewer;
    }

    @Override
    public void runsChanged(RunLibrary library) {
        if (status != null && !status.isDisposed()) {
            status.getDisplay().asyncExec(this::refresh);
        }
    }

    private void refresh() {
        if (status.isDisposed()) {
            return;
        }
        List<StoredRun> all = RunLibrary.get().runs();
        StoredRun selected = RunLibrary.get().selected();
        status.setText(all.isEmpty() ? NO_RUNS_MESSAGE
                : all.size() + " run(s). Selected: " + (selected == null ? "none" : selected.label()));
        runs.setInput(all);
        if (selected != null && !selected.equals(runs.getStructuredSelection().getFirstElement())) {
            runs.setSelection(new StructuredSelection(selected), true);
        }
        summary.setInput(selected == null ? List.of() : rows(selected.record()));
        status.getParent().layout();
    }

    /** The summary table's rows for a run; the view only draws them. */
    static List<SummaryRow> rows(RunRecord r) {
        List<SummaryRow> rows = new ArrayList<>();
        for (CostCategory c : CostCategory.values()) {
            long cycles = r.category(c);
            rows.add(new SummaryRow(rows.isEmpty() ? "Cycles" : "", c.key(), Cycles.count(cycles),
                    Cycles.percent(r.totalCycles() == 0 ? Double.NaN : (double) cycles / r.totalCycles()),
                    Cycles.count(r.perFault(c))));
        }
        rows.add(new SummaryRow("", "TOTAL", Cycles.count(r.totalCycles()), "100.0 %",
                Cycles.count(r.fault("raised") == 0 ? 0 : (double) r.totalCycles() / r.fault("raised"))));
        boolean first = true;
        for (String kind : List.of("raised", "delivered", "resolved", "fatal", "escalated")) {
            rows.add(new SummaryRow(first ? "Faults" : "", kind, Cycles.count(r.fault(kind)), "", ""));
            first = false;
        }
        first = true;
        for (var e : r.memory().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).toList()) {
            rows.add(new SummaryRow(first ? "Memory" : "", e.getKey() + " (bytes)", Cycles.count(e.getValue()), "", ""));
            first = false;
        }
        // How the run ended comes first: COMPLETED only when every process finished normally.
        rows.add(0, new SummaryRow("Run", "ended", r.termination() + " (" + phrase(r.termination()) + ")", "", ""));
        if (r.diagnosis() != null && !r.diagnosis().isBlank() && !"completed".equals(r.diagnosis())) {
            rows.add(new SummaryRow("Diagnosis", r.termination(), r.diagnosis(), "", ""));
        }
        return rows;
    }

    /** The simulator's words for a termination saved by name (a record from a newer version keeps its name). */
    private static String phrase(String termination) {
        try {
            return coyotos.studio.sim.result.Termination.valueOf(termination).phrase();
        } catch (IllegalArgumentException | NullPointerException e) {
            return String.valueOf(termination);
        }
    }

    /** What the view shows about the runs it knows; tests read it. */
    public String statusText() {
        return status.getText();
    }

    public int runCount() {
        return runs.getTable().getItemCount();
    }

    public int summaryRowCount() {
        return summary.getTable().getItemCount();
    }

    private void exportSelected() {
        StoredRun run = RunLibrary.get().selected();
        if (run == null) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.json", "*.csv" });
        dialog.setFileName(run.recordFile().getFileName().toString().replace(".run.json", ".json"));
        dialog.setOverwrite(true);
        String target = dialog.open();
        if (target == null) {
            return;
        }
        try {
            String text = target.endsWith(".csv") ? RunCsv.write(run.record()) : RunRecordJson.write(run.record());
            Files.writeString(Path.of(target), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Export", "Could not write " + target + ": " + e.getMessage());
        }
    }

    @Override
    public void setFocus() {
        runs.getControl().setFocus();
    }

    @Override
    public void dispose() {
        RunLibrary.get().removeListener(this);
        super.dispose();
    }
}
