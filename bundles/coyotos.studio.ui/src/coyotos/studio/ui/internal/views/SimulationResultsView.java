package coyotos.studio.ui.internal.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

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
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

import coyotos.studio.runs.RunExport;
import coyotos.studio.runs.RunFiles;
import coyotos.studio.runs.ResultsSummary;
import coyotos.studio.ui.internal.runs.RunLibrary;
import coyotos.studio.ui.internal.runs.RunSelection;
import coyotos.studio.ui.internal.runs.StoredRun;

/**
 * Simulation Results: every run the workspace knows (top) and the selected run's summary (bottom), as
 * {@link ResultsSummary} computes them; the status line says which run is selected and which stored runs
 * could not be read.
 */
public class SimulationResultsView extends RunsView {

    static final String NO_RUNS_MESSAGE = "No simulation results yet.";

    private Label status;
    private TableViewer runs;
    /** True while {@link #show} selects the shown run in the table: not the user choosing one. */
    private boolean showing;
    private TableViewer summary;

    @Override
    protected Control createContents(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        body.setLayout(layout);
        status = new Label(body, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = new SashForm(body, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        runs = table(sash, ResultsSummary.RUN_COLUMNS, new int[] { 40, 12, 14, 14, 8, 9, 6, 12, 16 }, 3,
                run -> ResultsSummary.runCells(((StoredRun) run).record()));
        runs.addSelectionChangedListener(e -> {
            if (!showing && runs.getStructuredSelection().getFirstElement() instanceof StoredRun run) {
                RunSelection.get().select(run);
            }
        });
        summary = table(sash, ResultsSummary.SUMMARY_COLUMNS, new int[] { 10, 30, 20, 12, 14 }, 2,
                row -> ((ResultsSummary.Row) row).cells());
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
        return body;
    }

    /** A table of {@code headers}, one weight each; columns from {@code firstNumber} on hold numbers (right-aligned). */
    private static TableViewer table(Composite parent, List<String> headers, int[] weights, int firstNumber,
            Function<Object, List<String>> cells) {
        if (weights.length != headers.size()) {
            throw new IllegalArgumentException(headers.size() + " columns, " + weights.length + " weights");
        }
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout columns = new TableColumnLayout();
        holder.setLayout(columns);
        TableViewer viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            TableViewerColumn column = new TableViewerColumn(viewer, i >= firstNumber ? SWT.RIGHT : SWT.LEFT);
            column.getColumn().setText(headers.get(i));
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return cells.apply(element).get(index);
                }
            });
            columns.setColumnData(column.getColumn(), new ColumnWeightData(weights[i], 40));
        }
        TableCopy.install(viewer.getTable());
        return viewer;
    }

    private record Shown(List<StoredRun> runs, StoredRun selected, List<String> problems) {
    }

    @Override
    protected void refresh() {
        compute(cancelled -> new Shown(RunLibrary.get().runs(), RunSelection.get().run(), RunLibrary.get().problems()),
                this::show);
    }

    private void show(Shown shown) {
        status.setText(statusLine(shown));
        status.setToolTipText(shown.problems().isEmpty() ? null : String.join("\n", shown.problems()));
        runs.setInput(shown.runs());
        if (shown.selected() != null && !shown.selected().equals(runs.getStructuredSelection().getFirstElement())) {
            // the view follows the selection; only the user's own choice in the table selects a run (a state computed
            // before a newer run arrived must not pin the older one)
            showing = true;
            try {
                runs.setSelection(new StructuredSelection(shown.selected()), true);
            } finally {
                showing = false;
            }
        }
        summary.setInput(shown.selected() == null ? List.of() : ResultsSummary.rows(shown.selected().record()));
        status.getParent().layout();
    }

    /** How many runs, which is selected, and the first stored run that could not be read (all in the tooltip). */
    private static String statusLine(Shown shown) {
        String line = shown.runs().isEmpty() ? NO_RUNS_MESSAGE
                : shown.runs().size() + " run(s). Selected: " + (shown.selected() == null ? "none" : shown.selected().label());
        int problems = shown.problems().size();
        if (problems > 0) {
            line += "\n" + (problems == 1 ? "A stored run could not be read: " : problems
                    + " stored runs could not be read, the first: ") + shown.problems().get(0);
        }
        return line;
    }

    /** What the view says about the runs it knows; tests read it. */
    public String statusText() {
        return status.getText();
    }

    public int runCount() {
        return runs.getTable().getItemCount();
    }

    /** The summary's lines as the table shows them; tests read them. */
    public List<List<String>> summaryLines() {
        return Arrays.stream(summary.getTable().getItems()).map(item -> IntStream
                .range(0, ResultsSummary.SUMMARY_COLUMNS.size()).mapToObj(item::getText).toList()).toList();
    }

    @Override
    public void setFocus() {
        runs.getControl().setFocus();
    }

    private void exportSelected() {
        StoredRun run = RunSelection.get().run();
        if (run == null) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.json", "*.csv" });
        dialog.setFileName(run.recordFile().getFileName().toString().replace(RunFiles.RECORD_SUFFIX, ".json"));
        dialog.setOverwrite(true);
        String target = dialog.open();
        if (target == null) {
            return;
        }
        try {
            RunExport.write(run.record(), Path.of(target));
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Export", "Could not write " + target + ": " + e.getMessage());
        }
    }
}
