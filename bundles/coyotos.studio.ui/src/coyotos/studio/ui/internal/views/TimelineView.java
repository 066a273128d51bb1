package coyotos.studio.ui.internal.views;

import java.io.IOException;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import coyotos.studio.runs.EventLog;
import coyotos.studio.runs.ProcessTimeline;
import coyotos.studio.runs.RunRecord;
import coyotos.studio.ui.internal.runs.RunLibrary;
import coyotos.studio.ui.internal.runs.StoredRun;

/**
 * Process states of the selected run over simulated time (one lane per process), like Trace Compass's
 * Control Flow view. Clicking an interval focuses the Trace view on that process through the run library.
 * The timeline is built from the event log in a background job: logs reach millions of events and the UI
 * thread only ever draws the visible intervals.
 */
public class TimelineView extends ViewPart {

    public static final String ID = "coyotos.studio.ui.views.timeline";
    static final String NO_RUN_MESSAGE = "No run selected. Run a model with Run As > Coyotos Simulation.";

    private final RunLibrary.Listener libraryListener = library -> refreshLater();
    private TimelineCanvas canvas;
    /** The run and timeline on screen; read by the build job to skip rebuilding on filter changes. */
    private volatile StoredRun shownRun;
    private volatile ProcessTimeline shownTimeline;
    /** Newest refresh wins: a slow build never replaces a newer one. */
    private LatestResult refresher;

    @Override
    public void createPartControl(Composite parent) {
        canvas = new TimelineCanvas(parent);
        refresher = new LatestResult("Building process timeline", canvas.control());
        // A click on an interval selects the event that began it in the Trace, filtered to that process.
        canvas.onLaneSelected(process -> RunLibrary.get().reveal(process,
                canvas.selectedInterval() == null ? -1 : canvas.selectedInterval().row()));
        canvas.showMessage("Loading…");
        contributeActions(getViewSite().getActionBars().getToolBarManager());
        RunLibrary.get().addListener(libraryListener);
        refresh();
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

    private void refreshLater() {
        refresher.later(this::refresh);
    }

    /** UI thread: starts a job that finds the selected run and builds its timeline, then shows the result. */
    private void refresh() {
        refresher.compute(this::build, this::apply);
    }

    private record Result(StoredRun run, ProcessTimeline timeline, String[] names, String message, int filter) {
    }

    /** Background: everything that touches the workspace or the event log. */
    private Result build() {
        RunLibrary library = RunLibrary.get();
        StoredRun run = library.selected();
        int filter = library.processFilter();
        if (run == null) {
            return new Result(null, null, null, NO_RUN_MESSAGE, filter);
        }
        RunRecord record = run.record();
        String[] names = record.processes().stream()
                .map(p -> p.name() == null || p.name().isBlank() ? p.id() : p.name()).toArray(String[]::new);
        ProcessTimeline current = shownTimeline;
        if (run == shownRun && current != null) {
            return new Result(run, current, names, null, filter);
        }
        try {
            EventLog log = run.events();
            if (log == null || log.size() == 0 || names.length == 0) {
                return new Result(run, null, null, noEventsMessage(run), filter);
            }
            ProcessTimeline timeline = ProcessTimeline.of(log, names.length);
            if (timeline.end() == 0) {
                return new Result(run, null, null, noEventsMessage(run), filter);
            }
            return new Result(run, timeline, names, null, filter);
        } catch (IOException | RuntimeException e) {
            return new Result(run, null, null,
                    "Could not read the event log of " + run.label() + ":\n" + e.getMessage(), filter);
        }
    }

    private static String noEventsMessage(StoredRun run) {
        return "The run \u201C" + run.label() + "\u201D kept no events, so there is no timeline to draw.\n"
                + "Run a model with Run As > Coyotos Simulation.";
    }

    private void apply(Result result) {
        shownRun = result.run();
        shownTimeline = result.timeline();
        if (result.timeline() == null) {
            canvas.showMessage(result.message());
            setContentDescription("");
        } else {
            canvas.setTimeline(result.timeline(), result.names());
            canvas.setSelectedLane(result.filter());
            setContentDescription(result.run().label());
        }
    }

    /** What the view shows instead of a graph, or null while it shows one; tests read it. */
    public String statusText() {
        return canvas.message();
    }

    @Override
    public void setFocus() {
        canvas.control().setFocus();
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
