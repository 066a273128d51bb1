package coyotos.studio.ui.internal.views;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import coyotos.studio.runs.CostBars;
import coyotos.studio.ui.internal.runs.RunLibrary;
import coyotos.studio.ui.internal.runs.RunSelection;
import coyotos.studio.ui.internal.runs.StoredRun;

/**
 * Where the cycles of the selected run went: stacked bars per cost category, one bar for the whole system
 * ("all") and one per process. "Per run" instead puts every run of the library side by side, to compare
 * designs at a glance. Clicking a bar focuses the Trace on that process, or selects that run.
 */
public class CostBreakdownView extends RunsView {

    public static final String ID = "coyotos.studio.ui.views.costs";
    static final String NO_RUN_MESSAGE = TimelineView.NO_RUN_MESSAGE;

    private CostChart chart;
    private IAction perRunAction;
    /** The runs behind the bars in per-run mode, in bar order (UI thread only). */
    private List<StoredRun> shownRuns = List.of();

    @Override
    protected Control createContents(Composite parent) {
        chart = new CostChart(parent);
        chart.onBarClicked(this::barClicked);
        perRunAction = new Action("Per run", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                refresh();
            }
        };
        perRunAction.setToolTipText("Show one bar per run of the library instead of one per process");
        getViewSite().getActionBars().getToolBarManager().add(perRunAction);
        return chart.control();
    }

    private void barClicked(int bar) {
        if (perRunAction.isChecked()) {
            if (bar < shownRuns.size()) {
                RunSelection.get().select(shownRuns.get(bar));
            }
        } else {
            RunSelection.get().filterProcess(CostBars.processOf(bar));
        }
    }

    private record Shown(CostBars bars, List<StoredRun> runs) {
    }

    /** Reads the mode here; the numbers are collected in the background (the first look scans the workspace). */
    @Override
    protected void refresh() {
        boolean perRun = perRunAction.isChecked();
        compute(cancelled -> {
            List<StoredRun> runs = RunLibrary.get().runs();
            StoredRun selected = RunSelection.get().run();
            if (perRun) {
                return new Shown(runs.isEmpty() ? null : CostBars.perRun(runs.stream().map(StoredRun::record).toList(),
                        runs.indexOf(selected)), runs);
            }
            return new Shown(selected == null ? null
                    : CostBars.perProcess(selected.record(), RunSelection.get().processFilter()), runs);
        }, this::show);
    }

    private void show(Shown shown) {
        shownRuns = shown.runs();
        if (shown.bars() == null) {
            chart.showMessage(NO_RUN_MESSAGE);
        } else {
            chart.show(shown.bars());
        }
    }

    /** The bars on the chart, or null while it shows a message; tests read them. */
    public CostBars bars() {
        return chart.message() == null ? chart.bars() : null;
    }

    /** The message shown instead of the chart, or null while the chart shows; tests read it. */
    public String statusText() {
        return chart.message();
    }
}
