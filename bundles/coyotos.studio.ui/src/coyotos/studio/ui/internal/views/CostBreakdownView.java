package coyotos.studio.ui.internal.views;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import coyotos.studio.runs.RunRecord;
import coyotos.studio.runs.RunRecord.ProcessCosts;
import coyotos.studio.sim.result.CostCategory;
import coyotos.studio.ui.internal.runs.RunLibrary;
import coyotos.studio.ui.internal.runs.StoredRun;

/**
 * Where the cycles of the selected run went: stacked bars per cost category, one bar for the whole system
 * ("all") and one per process. "Per run" instead puts every run of the library side by side, to compare
 * designs at a glance. Clicking a bar focuses the Trace on that process, or selects that run.
 */
public class CostBreakdownView extends ViewPart {

    public static final String ID = "coyotos.studio.ui.views.costs";
    static final String NO_RUN_MESSAGE = TimelineView.NO_RUN_MESSAGE;
    static final String ALL = "all";

    private final RunLibrary.Listener libraryListener = library -> refreshLater();
    private CostChart chart;
    private IAction perRunAction;
    /** The runs behind the bars in per-run mode, in bar order (UI thread only). */
    private List<StoredRun> shownRuns = List.of();
    private LatestResult refresher;

    @Override
    public void createPartControl(Composite parent) {
        chart = new CostChart(parent);
        refresher = new LatestResult("Preparing cost breakdown", chart.control());
        chart.onBarClicked(this::barClicked);
        perRunAction = new Action("Per run", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                refresh();
            }
        };
        perRunAction.setToolTipText("Show one bar per run of the library instead of one per process");
        getViewSite().getActionBars().getToolBarManager().add(perRunAction);
        RunLibrary.get().addListener(libraryListener);
        refresh();
    }

    private void barClicked(int bar) {
        if (perRunAction.isChecked()) {
            if (bar < shownRuns.size()) {
                RunLibrary.get().select(shownRuns.get(bar));
            }
        } else {
            // bar 0 is the whole system, bar i the process of index i-1
            RunLibrary.get().filterProcess(bar - 1);
        }
    }

    private void refreshLater() {
        refresher.later(this::refresh);
    }

    /**
     * UI thread: reads the mode, then lets a job collect the numbers, because the first look at the library
     * scans the workspace for stored runs.
     */
    private void refresh() {
        boolean perRun = perRunAction.isChecked();
        record Collected(CostChart.Bars bars, List<StoredRun> runs) {
        }
        refresher.compute(() -> {
            RunLibrary library = RunLibrary.get();
            List<StoredRun> runs = library.runs();
            StoredRun selected = library.selected();
            return new Collected(perRun ? perRun(runs, selected) : perProcess(selected, library.processFilter()), runs);
        }, c -> apply(c.bars(), c.runs()));
    }

    private void apply(CostChart.Bars bars, List<StoredRun> runs) {
        shownRuns = runs;
        if (bars == null) {
            chart.showMessage(NO_RUN_MESSAGE);
            setContentDescription("");
        } else {
            chart.show(bars);
        }
    }

    /** Bars "all" then one per process of the run; null when there is no run. */
    static CostChart.Bars perProcess(StoredRun run, int processFilter) {
        if (run == null) {
            return null;
        }
        RunRecord record = run.record();
        List<ProcessCosts> processes = record.processes();
        String[] labels = new String[processes.size() + 1];
        double[][] cycles = new double[CostCategory.COUNT][labels.length];
        labels[0] = ALL;
        for (CostCategory c : CostCategory.values()) {
            cycles[c.ordinal()][0] = record.category(c);
        }
        for (int i = 0; i < processes.size(); i++) {
            ProcessCosts p = processes.get(i);
            labels[i + 1] = p.name() == null || p.name().isBlank() ? p.id() : p.name();
            for (CostCategory c : CostCategory.values()) {
                cycles[c.ordinal()][i + 1] = p.categories().getOrDefault(c.key(), 0L);
            }
        }
        int selected = processFilter >= 0 && processFilter < processes.size() ? processFilter + 1 : 0;
        return new CostChart.Bars(run.label(), "Process", labels, cycles, selected);
    }

    /** One bar per run of the library, labelled with the run's label; null when there are none. */
    static CostChart.Bars perRun(List<StoredRun> runs, StoredRun selected) {
        if (runs.isEmpty()) {
            return null;
        }
        String[] labels = new String[runs.size()];
        double[][] cycles = new double[CostCategory.COUNT][runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            labels[i] = runs.get(i).label();
            for (CostCategory c : CostCategory.values()) {
                cycles[c.ordinal()][i] = runs.get(i).record().category(c);
            }
        }
        return new CostChart.Bars("All runs (" + runs.size() + ")", "Run", labels, cycles, runs.indexOf(selected));
    }

    /** The message shown instead of the chart, or null while the chart shows; tests read it. */
    public String statusText() {
        return chart.message();
    }

    @Override
    public void setFocus() {
        chart.control().setFocus();
    }

    @Override
    public void dispose() {
        RunLibrary.get().removeListener(libraryListener);
        if (refresher != null) {
            refresher.cancel();
        }
        super.dispose();
    }
}
