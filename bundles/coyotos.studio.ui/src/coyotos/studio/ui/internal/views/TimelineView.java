package coyotos.studio.ui.internal.views;

import java.io.IOException;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import coyotos.studio.runs.EventLog;
import coyotos.studio.runs.ProcessTimeline;
import coyotos.studio.ui.internal.runs.RunSelection;
import coyotos.studio.ui.internal.runs.StoredRun;

/**
 * Process states of the selected run over simulated time (one lane per process), like Trace Compass's
 * Control Flow view. Clicking an interval focuses the Trace view on that process and selects the event that
 * began the interval. The timeline is built from the event log in a background job: logs reach millions of
 * events and the UI thread only ever draws the visible intervals.
 */
public class TimelineView extends RunsView {

    public static final String ID = "coyotos.studio.ui.views.timeline";
    static final String NO_RUN_MESSAGE = "No run selected. Run a model with Run As > Coyotos Simulation.";

    private TimelineCanvas canvas;
    /** The run and timeline on screen; read by the build job to skip rebuilding on filter changes. */
    private volatile StoredRun shownRun;
    private volatile ProcessTimeline shownTimeline;

    @Override
    protected Control createContents(Composite parent) {
        canvas = new TimelineCanvas(parent);
        canvas.onLaneSelected(process -> RunSelection.get().reveal(process,
                canvas.selectedInterval() == null ? RunSelection.NONE : canvas.selectedInterval().row()));
        canvas.showMessage("Loading…");
        contributeActions(getViewSite().getActionBars().getToolBarManager());
        return canvas.control();
    }

    private void contributeActions(IToolBarManager toolBar) {
        toolBar.add(action("Zoom In (+, Ctrl+Wheel)", ZoomIcons.Kind.IN, canvas::zoomIn));
        toolBar.add(action("Zoom Out (-, Ctrl+Wheel)", ZoomIcons.Kind.OUT, canvas::zoomOut));
        toolBar.add(action("Reset Zoom (Home)", ZoomIcons.Kind.RESET, canvas::resetZoom));
    }

    private static Action action(String text, ZoomIcons.Kind icon, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(text);
        action.setImageDescriptor(ZoomIcons.of(icon));
        return action;
    }

    @Override
    protected void refresh() {
        compute(cancelled -> build(), this::show);
    }

    private record Built(StoredRun run, ProcessTimeline timeline, List<String> names, String message, int filter,
            long cursor) {
        Built(StoredRun run, ProcessTimeline timeline, List<String> names, String message, int filter) {
            this(run, timeline, names, message, filter, RunSelection.get().cursorCycle());
        }
    }

    /** Background: everything that touches the workspace or the event log. */
    private Built build() {
        RunSelection selection = RunSelection.get();
        StoredRun run = selection.run();
        int filter = selection.processFilter();
        if (run == null) {
            return new Built(null, null, null, NO_RUN_MESSAGE, filter);
        }
        List<String> names = run.record().processNames();
        ProcessTimeline current = shownTimeline;
        if (run == shownRun && current != null) {
            return new Built(run, current, names, null, filter);
        }
        try {
            EventLog log = run.events();
            if (log == null || log.size() == 0 || names.isEmpty()) {
                return new Built(run, null, null, noEventsMessage(run), filter);
            }
            ProcessTimeline timeline = ProcessTimeline.of(log, names.size());
            if (timeline.end() == 0) {
                return new Built(run, null, null, noEventsMessage(run), filter);
            }
            return new Built(run, timeline, names, null, filter);
        } catch (IOException | RuntimeException e) {
            return new Built(run, null, null,
                    "Could not read the event log of " + run.label() + ":\n" + e.getMessage(), filter);
        }
    }

    private static String noEventsMessage(StoredRun run) {
        return "The run \u201C" + run.label() + "\u201D kept no events, so there is no timeline to draw.\n"
                + "Run a model with Run As > Coyotos Simulation.";
    }

    private void show(Built built) {
        shownRun = built.run();
        shownTimeline = built.timeline();
        if (built.timeline() == null) {
            canvas.showMessage(built.message());
            setContentDescription("");
        } else {
            canvas.setTimeline(built.timeline(), built.names());
            canvas.setSelectedLane(built.filter());
            canvas.setCursor(built.cursor());
            setContentDescription(built.run().label());
        }
    }

    /** The cycle where the cursor of a suspended debugged run stands, -1 when there is none; tests read it. */
    public long cursorCycle() {
        return canvas.timeline() == null ? -1 : canvas.cursor();
    }

    /** What the view shows instead of a graph, or null while it shows one; tests read it. */
    public String statusText() {
        return canvas.message();
    }
}
