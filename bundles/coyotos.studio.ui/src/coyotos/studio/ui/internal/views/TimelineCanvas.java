package coyotos.studio.ui.internal.views;

import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.window.DefaultToolTip;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

import coyotos.studio.runs.EventText;
import coyotos.studio.runs.ProcessTimeline;
import coyotos.studio.runs.ProcessTimeline.Interval;

/**
 * The Timeline widget: a canvas with scrollbars over a {@link ProcessTimeline}, which lanes and which
 * stretch of time it shows, what is selected, and what lies under the mouse. {@link TimelinePainter} draws
 * it and {@link TimelineInput} turns mouse and keys into zoom, pan and clicks. Works on a plain Composite (no
 * workbench) so it can be tried and tested standalone; the Timeline view wraps it.
 */
final class TimelineCanvas {

    /** The legend sits on top: GTK overlay scrollbars would cover a legend at the bottom. */
    static final int LEGEND_HEIGHT = 26;
    static final int RULER_HEIGHT = 28;
    /** First pixel row of the lanes. */
    static final int LANES_TOP = LEGEND_HEIGHT + RULER_HEIGHT;
    static final int ROW_HEIGHT = 24;
    static final int BAR_HEIGHT = 16;
    /** Horizontal scrollbar resolution; the scrollbar only has ints, the time axis has longs. */
    private static final int SCROLL_UNITS = 100_000;

    private final Canvas canvas;
    private final TimelinePainter painter;
    private final TimelineInput input;
    private final TimeScale scale = new TimeScale();

    private ProcessTimeline timeline;
    private List<String> names = List.of();
    private String message = "";
    private int nameWidth = 120;
    private int firstLane;
    private int selectedLane = -1;
    private Interval selectedInterval;
    /** The cycle of a suspended debugged run's stop, -1 for none. */
    private long cursor = -1;
    private IntConsumer laneSelectionListener = p -> {
    };

    TimelineCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.H_SCROLL | SWT.V_SCROLL);
        painter = new TimelinePainter(canvas, new LocalResourceManager(JFaceResources.getResources(), canvas));
        canvas.addPaintListener(e -> painter.paint(e.gc, canvas.getClientArea(), new TimelinePainter.Frame(timeline,
                names, message, scale, nameWidth, firstLane, selectedLane, selectedInterval, cursor)));
        canvas.addListener(SWT.Resize, e -> layoutScrollBars());
        input = TimelineInput.install(this);
        new HoverTip().activate();
        canvas.getHorizontalBar().addListener(SWT.Selection, e -> {
            scale.setStart((double) canvas.getHorizontalBar().getSelection() / SCROLL_UNITS * scale.end());
            canvas.redraw();
        });
        canvas.getVerticalBar().addListener(SWT.Selection, e -> {
            firstLane = canvas.getVerticalBar().getSelection();
            canvas.redraw();
        });
        layoutScrollBars();
    }

    Canvas control() {
        return canvas;
    }

    /** Shows a message instead of the graph (no run, no events, still building...). */
    void showMessage(String text) {
        timeline = null;
        message = text;
        selectedInterval = null;
        layoutScrollBars();
        canvas.redraw();
    }

    String message() {
        return timeline == null ? message : null;
    }

    /** Shows a timeline; keeps zoom and position when it is the one already shown (e.g. a filter change). */
    void setTimeline(ProcessTimeline newTimeline, List<String> processNames) {
        boolean same = newTimeline == timeline;
        timeline = newTimeline;
        names = List.copyOf(processNames);
        if (!same) {
            selectedInterval = null;
            firstLane = 0;
            scale.setEnd(newTimeline.end());
            GC gc = new GC(canvas);
            try {
                gc.setFont(painter.bold());
                int widest = 60;
                for (String n : names) {
                    widest = Math.max(widest, gc.textExtent(n).x);
                }
                // wide enough for real names, but never so wide the lanes get squeezed
                nameWidth = Math.min(260, widest + 28);
            } finally {
                gc.dispose();
            }
        }
        layoutScrollBars();
        canvas.redraw();
    }

    /** Draws the cursor of a suspended run at this cycle; -1 takes it away. */
    void setCursor(long cycle) {
        cursor = cycle;
        if (timeline != null && cycle >= 0 && scale.end() <= cycle) {
            // the stop is the newest point of a suspended run: leave room to its right so the cursor shows
            scale.setEnd(cycle + Math.max(1, cycle / 20));
            layoutScrollBars();
        }
        canvas.redraw();
    }

    long cursor() {
        return cursor;
    }

    ProcessTimeline timeline() {
        return timeline;
    }

    void setSelectedLane(int lane) {
        selectedLane = lane;
        if (selectedInterval != null && lane >= 0 && (timeline == null || timeline.laneOf(selectedInterval) != lane)) {
            selectedInterval = null;
        }
        canvas.redraw();
    }

    int selectedLane() {
        return selectedLane;
    }

    Interval selectedInterval() {
        return selectedInterval;
    }

    /** Told the lane (process index) a click selected; the view forwards it to the run selection. */
    void onLaneSelected(IntConsumer listener) {
        laneSelectionListener = listener;
    }

    void zoomIn() {
        zoomAt(2, scale.width() / 2);
    }

    void zoomOut() {
        zoomAt(0.5, scale.width() / 2);
    }

    void resetZoom() {
        scale.fit();
        layoutScrollBars();
        canvas.redraw();
    }

    void zoomAt(double factor, int laneX) {
        scale.zoom(factor, Math.max(0, laneX));
        layoutScrollBars();
        canvas.redraw();
    }

    void pan(double pixels) {
        scale.panPixels(pixels);
        layoutScrollBars();
        canvas.redraw();
    }

    void scrollLanes(int delta) {
        int max = Math.max(0, lanes() - visibleLanes());
        firstLane = Math.max(0, Math.min(max, firstLane + delta));
        layoutScrollBars();
        canvas.redraw();
    }

    TimeScale scale() {
        return scale;
    }

    int nameWidth() {
        return nameWidth;
    }

    private int lanes() {
        return timeline == null ? 0 : timeline.laneCount();
    }

    private int visibleLanes() {
        Rectangle area = canvas.getClientArea();
        return Math.max(1, (area.height - LANES_TOP) / ROW_HEIGHT);
    }

    private void layoutScrollBars() {
        Rectangle area = canvas.getClientArea();
        scale.setWidth(area.width - nameWidth);
        ScrollBar h = canvas.getHorizontalBar();
        ScrollBar v = canvas.getVerticalBar();
        if (timeline == null) {
            h.setVisible(false);
            v.setVisible(false);
            return;
        }
        int thumb = (int) Math.max(1, Math.min(SCROLL_UNITS, scale.span() / scale.end() * SCROLL_UNITS));
        h.setValues((int) (scale.start() / scale.end() * SCROLL_UNITS), 0, SCROLL_UNITS, thumb,
                Math.max(1, thumb / 10), thumb);
        h.setVisible(thumb < SCROLL_UNITS);
        int visible = visibleLanes();
        firstLane = Math.max(0, Math.min(firstLane, lanes() - visible));
        v.setValues(firstLane, 0, lanes(), Math.min(visible, Math.max(1, lanes())), 1, visible);
        v.setVisible(lanes() > visible);
    }

    /** Lane under a canvas y, or -1 outside the lanes. */
    int laneAt(int y) {
        if (timeline == null || y < LANES_TOP) {
            return -1;
        }
        int lane = firstLane + (y - LANES_TOP) / ROW_HEIGHT;
        return lane < lanes() ? lane : -1;
    }

    Interval intervalAt(int x, int y) {
        int lane = laneAt(y);
        if (lane < 0 || x < nameWidth) {
            return null;
        }
        return timeline.at(lane, (long) Math.floor(scale.cycleAt(x - nameWidth)));
    }

    /** A click: select the interval (if any) and its lane, and tell the listener. */
    void clicked(int x, int y) {
        int lane = laneAt(y);
        if (lane < 0) {
            return;
        }
        selectedInterval = intervalAt(x, y);
        selectedLane = lane;
        canvas.redraw();
        laneSelectionListener.accept(lane);
    }

    /** Hover text for the interval under the mouse; recreated when the mouse moves to another interval. */
    private final class HoverTip extends DefaultToolTip {
        HoverTip() {
            super(canvas, ToolTip.RECREATE, false);
            setShift(new Point(12, 16));
            setPopupDelay(250);
        }

        @Override
        protected Object getToolTipArea(Event event) {
            return intervalAt(event.x, event.y);
        }

        @Override
        protected boolean shouldCreateToolTip(Event event) {
            return !input.dragging() && intervalAt(event.x, event.y) != null && super.shouldCreateToolTip(event);
        }

        @Override
        protected String getText(Event event) {
            Interval i = intervalAt(event.x, event.y);
            int lane = laneAt(event.y);
            return i == null ? null : EventText.interval(names.get(lane), lane, i);
        }
    }
}
