package coyotos.studio.ui.internal.views;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

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

import coyotos.studio.runs.CycleFormat;
import coyotos.studio.runs.EventLog;
import coyotos.studio.runs.EventText;
import coyotos.studio.runs.TraceFilter;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.ui.internal.runs.RunSelection;
import coyotos.studio.ui.internal.runs.StoredRun;

/**
 * Trace: the selected run's events in a virtual table (rows are read from the event log only when shown,
 * so a million events scroll as fast as a hundred), filtered by process and event kind. Filtering runs in
 * the background; the table holds row numbers of the log, never copies of events, and its cells are
 * {@link EventText}'s.
 */
public class TraceView extends RunsView {

    static final String ALL_PROCESSES = "All processes";
    static final String ALL_KINDS = "All kinds";

    private Label status;
    private Combo processes;
    private Combo kinds;
    private Table table;
    /** What the table shows (UI thread; read by the filter job to skip refiltering when only the reveal changed). */
    private volatile Shown shown = Shown.NOTHING;

    /** The rows of one run's log that one filter keeps; {@code log} is null when there is nothing to list. */
    private record Shown(StoredRun run, EventLog log, int process, long kinds, int[] rows, String message) {
        static final Shown NOTHING = new Shown(null, null, RunSelection.NONE, EventType.ALL, new int[0], "");

        boolean sameFilter(StoredRun otherRun, int otherProcess, long otherKinds) {
            return log != null && run == otherRun && process == otherProcess && kinds == otherKinds;
        }
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(5, false));
        new Label(body, SWT.NONE).setText("Process:");
        processes = new Combo(body, SWT.READ_ONLY);
        processes.setLayoutData(new GridData(180, SWT.DEFAULT));
        new Label(body, SWT.NONE).setText("Kind:");
        kinds = new Combo(body, SWT.READ_ONLY);
        kinds.add(ALL_KINDS);
        for (EventType type : EventType.values()) {
            kinds.add(type.name());
        }
        kinds.select(0);
        status = new Label(body, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        table = new Table(body, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
        int[] widths = { 80, 130, 160, 150, 140, 420 };
        for (int i = 0; i < EventText.TRACE_COLUMNS.size(); i++) {
            TableColumn column = new TableColumn(table, i <= 1 ? SWT.RIGHT : SWT.LEFT);
            column.setText(EventText.TRACE_COLUMNS.get(i));
            column.setWidth(widths[i]);
        }
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, table.indexOf((TableItem) e.item)));
        TableCopy.install(table);

        processes.addListener(SWT.Selection, e -> RunSelection.get().filterProcess(processes.getSelectionIndex() - 1));
        kinds.addListener(SWT.Selection, e -> refresh());
        return body;
    }

    private void fill(TableItem item, int index) {
        Shown now = shown;
        // GTK asks for the data of rows it is removing too, at index -1
        if (now.log() == null || index < 0 || index >= now.rows().length) {
            return;
        }
        item.setText(EventText.cells(now.log(), now.rows()[index], now.run().record()).toArray(String[]::new));
    }

    @Override
    protected void refresh() {
        int kind = kinds.getSelectionIndex() - 1;
        long kindMask = kind < 0 ? EventType.ALL : EventType.of(kind).bit();
        Shown before = shown;
        RunSelection selection = RunSelection.get();
        if (before.log() != null && !before.sameFilter(selection.run(), selection.processFilter(), kindMask)) {
            status.setText("Filtering " + CycleFormat.count(before.log().size()) + " events...");
        }
        compute(cancelled -> filter(kindMask, cancelled), this::show);
    }

    /** Background: opens the selected run's log and keeps the rows of the filter (unless they are shown already). */
    private Shown filter(long kindMask, BooleanSupplier cancelled) {
        RunSelection selection = RunSelection.get();
        StoredRun run = selection.run();
        int process = selection.processFilter();
        if (run == null) {
            return new Shown(null, null, process, kindMask, new int[0], TimelineView.NO_RUN_MESSAGE);
        }
        Shown now = shown;
        if (now.sameFilter(run, process, kindMask)) {
            return now;
        }
        EventLog log;
        try {
            log = run.events();
        } catch (IOException e) {
            return new Shown(run, null, process, kindMask, new int[0],
                    "Cannot read the events of " + run.label() + ": " + e.getMessage());
        }
        if (log == null) {
            return new Shown(run, null, process, kindMask, new int[0], run.label() + " kept no events.");
        }
        int[] rows = new TraceFilter(process < 0 ? TraceFilter.ANY_PROCESS : process, kindMask).rows(log, cancelled);
        return new Shown(run, log, process, kindMask, rows,
                CycleFormat.count(rows.length) + " of " + CycleFormat.count(log.size()) + " events");
    }

    private void show(Shown next) {
        Shown before = shown;
        shown = next;
        if (next.run() != before.run()) {
            processes.removeAll();
            processes.add(ALL_PROCESSES);
            if (next.run() != null) {
                next.run().record().processNames().forEach(processes::add);
            }
        }
        processes.select(Math.max(0, next.process() + 1));
        if (next != before) {
            // GTK removes surplus rows of a virtual table one at a time (minutes for a million): empty it at once.
            table.removeAll();
            table.setItemCount(next.rows().length);
        }
        status.setText(next.message());
        status.getParent().layout();
        revealEvent();
    }

    /** Selects the event the Timeline asked for, if the current filter shows it (rows are in log order). */
    private void revealEvent() {
        int event = RunSelection.get().revealedEvent();
        int index = event < 0 ? -1 : Arrays.binarySearch(shown.rows(), event);
        if (index >= 0) {
            table.setSelection(index);
            table.showSelection();
        }
    }

    /** Rows currently shown (after filtering); tests read it. */
    public int shownRows() {
        return shown.rows().length;
    }

    /** The virtual table; tests scroll it to see that rows are fetched on demand. */
    public Table table() {
        return table;
    }

    /** The processes the filter offers, as the combo lists them; tests read it. */
    public List<String> processChoices() {
        return List.of(processes.getItems());
    }

    public String statusText() {
        return status.getText();
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }
}
