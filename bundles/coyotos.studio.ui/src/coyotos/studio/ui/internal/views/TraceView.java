package coyotos.studio.ui.internal.views;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

import coyotos.studio.runs.EventLog;
import coyotos.studio.runs.RunRecord;
import coyotos.studio.runs.TraceFilter;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.ui.internal.runs.RunLibrary;
import coyotos.studio.ui.internal.runs.StoredRun;

/**
 * Trace: the selected run's events in a virtual table (rows are read from the event log only when shown,
 * so a million events scroll as fast as a hundred), filtered by process and event kind. Filtering runs in
 * a job; the table shows row numbers of the log, never copies of events.
 */
public class TraceView extends ViewPart implements RunLibrary.Listener {

    static final String ALL_PROCESSES = "All processes";
    static final String ALL_KINDS = "All kinds";

    private Label status;
    private Combo processes;
    private Combo kinds;
    private Table table;
    private EventLog log;
    private RunRecord record;
    private volatile int[] rows = new int[0];
    private Job filterJob;

    @Override
    public void createPartControl(Composite parent) {
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
        String[] headers = { "#", "Cycle", "Process", "Kind", "Peer", "Detail" };
        int[] widths = { 80, 130, 160, 150, 140, 420 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, i <= 1 ? SWT.RIGHT : SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, table.indexOf((TableItem) e.item)));
        TableCopy.install(table);

        processes.addListener(SWT.Selection, e -> refilter());
        kinds.addListener(SWT.Selection, e -> refilter());
        RunLibrary.get().addListener(this);
        showRun();
    }

    private void fill(TableItem item, int index) {
        int[] shown = rows;
        if (log == null || index >= shown.length) {
            return;
        }
        int row = shown[index];
        item.setText(new String[] { Integer.toString(row), Cycles.count(log.cycle(row)), name(log.process(row)),
                log.type(row).name(), name(log.peer(row)), TraceText.detail(log.type(row), log.value(row),
                        log.detail(row)) });
    }

    private String name(int process) {
        List<RunRecord.ProcessCosts> list = record == null ? List.of() : record.processes();
        return process < 0 || process >= list.size() ? "" : list.get(process).name();
    }

    @Override
    public void runsChanged(RunLibrary library) {
        if (!table.isDisposed()) {
            table.getDisplay().asyncExec(() -> {
                if (table.isDisposed()) {
                    return;
                }
                StoredRun selected = library.selected();
                if (selected == null || selected.record() != record) {
                    showRun();
                } else if (library.processFilter() != processes.getSelectionIndex() - 1) {
                    processes.select(library.processFilter() + 1);
                    refilter();
                } else {
                    revealEvent();
                }
            });
        }
    }

    private void showRun() {
        StoredRun run = RunLibrary.get().selected();
        record = run == null ? null : run.record();
        try {
            log = run == null ? null : run.events();
        } catch (IOException e) {
            log = null;
            status.setText("Cannot read the events of " + run.label() + ": " + e.getMessage());
        }
        processes.removeAll();
        processes.add(ALL_PROCESSES);
        if (record != null) {
            record.processes().forEach(p -> processes.add(p.name()));
        }
        processes.select(Math.max(0, RunLibrary.get().processFilter() + 1));
        if (log == null) {
            rows = new int[0];
            table.setItemCount(0);
            if (run == null) {
                status.setText("No run selected. Run a model with Run As > Coyotos Simulation.");
            } else if (status.getText().isEmpty() || !status.getText().startsWith("Cannot")) {
                status.setText(run.label() + " kept no events.");
            }
            return;
        }
        refilter();
    }

    private void refilter() {
        if (log == null) {
            return;
        }
        int process = processes.getSelectionIndex() - 1;
        int kind = kinds.getSelectionIndex() - 1;
        TraceFilter filter = new TraceFilter(process < 0 ? TraceFilter.ANY_PROCESS : process,
                kind < 0 ? EventType.ALL : EventType.of(kind).bit());
        EventLog current = log;
        if (filterJob != null) {
            filterJob.cancel();
        }
        status.setText("Filtering " + Cycles.count(current.size()) + " events...");
        filterJob = new Job("Filtering trace") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                int[] kept = filter.rows(current, monitor::isCanceled);
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                table.getDisplay().asyncExec(() -> show(current, kept));
                return Status.OK_STATUS;
            }
        };
        filterJob.setSystem(true);
        filterJob.schedule();
    }

    private void show(EventLog from, int[] kept) {
        if (table.isDisposed() || from != log) {
            return;
        }
        rows = kept;
        // GTK removes surplus rows of a virtual table one at a time (minutes for a million): empty it at once.
        table.removeAll();
        table.setItemCount(kept.length);
        status.setText(Cycles.count(kept.length) + " of " + Cycles.count(from.size()) + " events");
        status.getParent().layout();
        revealEvent();
    }

    /** Selects the event the Timeline asked for, if the current filter shows it (rows are in log order). */
    private void revealEvent() {
        int event = RunLibrary.get().revealedEvent();
        int index = event < 0 ? -1 : java.util.Arrays.binarySearch(rows, event);
        if (index >= 0) {
            table.setSelection(index);
            table.showSelection();
        }
    }

    /** Rows currently shown (after filtering); tests read it. */
    public int shownRows() {
        return rows.length;
    }

    /** The virtual table; tests scroll it to see that rows are fetched on demand. */
    public org.eclipse.swt.widgets.Table table() {
        return table;
    }

    public String statusText() {
        return status.getText();
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        RunLibrary.get().removeListener(this);
        if (filterJob != null) {
            filterJob.cancel();
        }
        super.dispose();
    }
}
