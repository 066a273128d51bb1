package coyotos.studio.ui.internal.views;

import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.window.DefaultToolTip;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

import coyotos.studio.runs.ProcessTimeline;
import coyotos.studio.runs.ProcessTimeline.Interval;
import coyotos.studio.sim.result.ProcessState;

/**
 * A time graph in the style of Trace Compass's Control Flow view: process names on the left, a cycle ruler
 * on top, one lane per process with its states as coloured bars, a legend below. Works on a plain Composite
 * (no workbench) so it can be tried and tested standalone; the Timeline view wraps it.
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
    private final LocalResourceManager resources;
    private final StateColors stateColors;
    private final Color laneOdd;
    private final Color laneSelected;
    private final Color grid;
    private final Color header;
    private final Color separator;
    private final Font bold;
    private final TimeScale scale = new TimeScale();

    private ProcessTimeline timeline;
    private String[] names = new String[0];
    private String message = "";
    private int nameWidth = 120;
    private int firstLane;
    private int selectedLane = -1;
    private Interval selectedInterval;
    private IntConsumer laneSelectionListener = p -> {
    };
    private int dragX = -1;
    private boolean dragged;

    TimelineCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.H_SCROLL | SWT.V_SCROLL);
        resources = new LocalResourceManager(JFaceResources.getResources(), canvas);
        stateColors = new StateColors(resources);
        laneOdd = color(new RGB(246, 247, 249));
        laneSelected = color(new RGB(214, 228, 248));
        grid = color(new RGB(226, 228, 232));
        header = color(new RGB(238, 240, 243));
        separator = color(new RGB(190, 194, 200));
        bold = resources.create(FontDescriptor.createFrom(canvas.getFont()).setStyle(SWT.BOLD));
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> layoutScrollBars());
        TimelineInput.install(this);
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

    private Color color(RGB rgb) {
        return resources.create(ColorDescriptor.createFrom(rgb));
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
    void setTimeline(ProcessTimeline newTimeline, String[] processNames) {
        boolean same = newTimeline == timeline;
        timeline = newTimeline;
        names = processNames.clone();
        if (!same) {
            selectedInterval = null;
            firstLane = 0;
            scale.setEnd(newTimeline.end());
            GC gc = new GC(canvas);
            try {
                gc.setFont(bold);
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

    ProcessTimeline timeline() {
        return timeline;
    }

    void setSelectedLane(int lane) {
        selectedLane = lane;
        if (selectedInterval != null && lane >= 0 && (timeline == null || laneOf(selectedInterval) != lane)) {
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

    /** Told the lane (process index) a click selected; the view forwards it to the run library. */
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

    // --- hit testing (used by input handling and the tooltip) ---

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

    private int laneOf(Interval interval) {
        for (int p = 0; p < lanes(); p++) {
            if (timeline.at(p, interval.start()) == interval) {
                return p;
            }
        }
        return -1;
    }

    String describe(int lane, Interval i) {
        return names[lane] + "  (process " + lane + ")\n"
                + "State:     " + StateColors.label(i.state()) + "\n"
                + "Cycles:    " + Cycles.count(i.start()) + " .. " + Cycles.count(i.end()) + "\n"
                + "Duration:  " + Cycles.count(i.end() - i.start()) + " cycles";
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

    // --- drag state shared with TimelineInput ---

    int dragX() {
        return dragX;
    }

    void setDragX(int x) {
        dragX = x;
    }

    boolean dragged() {
        return dragged;
    }

    void setDragged(boolean value) {
        dragged = value;
    }

    // --- painting ---

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        if (timeline == null) {
            paintMessage(gc, area);
            return;
        }
        paintLanes(gc, area, area.height);
        paintNames(gc, area.height);
        paintRuler(gc, area);
        paintLegend(gc, area);
    }

    private void paintMessage(GC gc, Rectangle area) {
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        Point size = gc.textExtent(message, SWT.DRAW_DELIMITER);
        gc.drawText(message, Math.max(8, (area.width - size.x) / 2), Math.max(8, (area.height - size.y) / 3),
                SWT.DRAW_DELIMITER | SWT.DRAW_TRANSPARENT);
    }

    private void paintLanes(GC gc, Rectangle area, int bottom) {
        gc.setClipping(nameWidth, LANES_TOP, area.width - nameWidth, bottom - LANES_TOP);
        for (int lane = firstLane, y = LANES_TOP; lane < lanes() && y < bottom; lane++, y += ROW_HEIGHT) {
            Color bg = lane == selectedLane ? laneSelected : lane % 2 == 1 ? laneOdd : null;
            if (bg != null) {
                gc.setBackground(bg);
                gc.fillRectangle(nameWidth, y, area.width - nameWidth, ROW_HEIGHT);
            }
        }
        gc.setForeground(grid);
        long step = scale.tickStep(90);
        for (long c = firstTick(step); c <= scale.start() + scale.span(); c += step) {
            int x = nameWidth + scale.x(c);
            gc.drawLine(x, LANES_TOP, x, bottom);
        }
        for (int lane = firstLane, y = LANES_TOP; lane < lanes() && y < bottom; lane++, y += ROW_HEIGHT) {
            paintLane(gc, timeline.lane(lane), y + (ROW_HEIGHT - BAR_HEIGHT) / 2);
        }
        if (selectedInterval != null && selectedLane >= firstLane) {
            int x0 = nameWidth + scale.x(selectedInterval.start());
            int x1 = nameWidth + scale.x(selectedInterval.end());
            int y = LANES_TOP + (selectedLane - firstLane) * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.setLineWidth(2);
            gc.drawRectangle(x0, y - 1, Math.max(2, x1 - x0), BAR_HEIGHT + 2);
            gc.setLineWidth(1);
        }
        gc.setClipping((Rectangle) null);
    }

    private long firstTick(long step) {
        return (long) Math.ceil(scale.start() / step) * step;
    }

    /**
     * Draws only what is on screen: binary search to the first visible interval, and once an interval is
     * narrower than a pixel, jump (again by binary search) past everything ending inside that pixel, so a
     * lane of a million intervals costs a few thousand steps per paint.
     */
    private void paintLane(GC gc, List<Interval> lane, int y) {
        double visibleEnd = scale.start() + scale.span();
        int i = firstEndingAfter(lane, scale.start());
        int drawnTo = Integer.MIN_VALUE;
        while (i < lane.size()) {
            Interval iv = lane.get(i);
            if (iv.start() >= visibleEnd) {
                break;
            }
            int x0 = Math.max(scale.x(iv.start()), drawnTo);
            int x1 = Math.max(scale.x(iv.end()), x0 + 1);
            gc.setBackground(stateColors.color(iv.state()));
            if (StateColors.thin(iv.state())) {
                gc.fillRectangle(nameWidth + x0, y + BAR_HEIGHT / 2 - 2, x1 - x0, 4);
            } else {
                gc.fillRectangle(nameWidth + x0, y, x1 - x0, BAR_HEIGHT);
            }
            drawnTo = x1;
            int next = i + 1;
            if (scale.x(iv.end()) <= x0) {
                // sub-pixel interval: everything ending before the next pixel is hidden under this one
                next = Math.max(next, firstEndingAfter(lane, scale.cycleAt(x1)));
            }
            i = next;
        }
    }

    /** Index of the first interval whose end lies after {@code cycle} (lanes are sorted and disjoint). */
    static int firstEndingAfter(List<Interval> lane, double cycle) {
        int lo = 0;
        int hi = lane.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lane.get(mid).end() <= cycle) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void paintNames(GC gc, int bottom) {
        gc.setBackground(header);
        gc.fillRectangle(0, LANES_TOP, nameWidth, bottom - LANES_TOP);
        int textHeight = gc.getFontMetrics().getHeight();
        for (int lane = firstLane, y = LANES_TOP; lane < lanes() && y < bottom; lane++, y += ROW_HEIGHT) {
            if (lane == selectedLane) {
                gc.setBackground(laneSelected);
                gc.fillRectangle(0, y, nameWidth, ROW_HEIGHT);
            }
            gc.setFont(lane == selectedLane ? bold : canvas.getFont());
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
            gc.drawText(ellipsize(gc, names[lane], nameWidth - 16), 10, y + (ROW_HEIGHT - textHeight) / 2, true);
            gc.setForeground(grid);
            gc.drawLine(0, y + ROW_HEIGHT - 1, nameWidth, y + ROW_HEIGHT - 1);
        }
        gc.setFont(canvas.getFont());
        gc.setForeground(separator);
        gc.drawLine(nameWidth - 1, 0, nameWidth - 1, bottom);
    }

    private static String ellipsize(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        String s = text;
        while (s.length() > 1 && gc.textExtent(s + "…").x > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }

    private void paintRuler(GC gc, Rectangle area) {
        gc.setBackground(header);
        gc.fillRectangle(0, LEGEND_HEIGHT, area.width, RULER_HEIGHT);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        gc.setFont(bold);
        gc.drawText("Process", 10, LEGEND_HEIGHT + (RULER_HEIGHT - gc.getFontMetrics().getHeight()) / 2, true);
        gc.setFont(canvas.getFont());
        // the unit sits at the right end of the ruler; tick labels are clipped before it so neither is garbled
        String unit = "cycles";
        int ux = area.width - gc.textExtent(unit).x - 8;
        gc.drawText(unit, ux, LEGEND_HEIGHT + 2, true);
        gc.setClipping(nameWidth, LEGEND_HEIGHT, Math.max(0, ux - 8 - nameWidth), RULER_HEIGHT);
        long step = scale.tickStep(90);
        long minor = step % 5 == 0 ? step / 5 : step / 2;
        if (minor > 0) {
            for (long c = firstTick(minor); c <= scale.start() + scale.span(); c += minor) {
                int x = nameWidth + scale.x(c);
                gc.drawLine(x, LANES_TOP - 4, x, LANES_TOP);
            }
        }
        for (long c = firstTick(step); c <= scale.start() + scale.span(); c += step) {
            int x = nameWidth + scale.x(c);
            gc.drawLine(x, LANES_TOP - 9, x, LANES_TOP);
            gc.drawText(CycleFormat.compact(c, step), x + 3, LEGEND_HEIGHT + 2, true);
        }
        gc.setClipping((Rectangle) null);
        gc.setForeground(separator);
        gc.drawLine(0, LANES_TOP - 1, area.width, LANES_TOP - 1);
    }

    private void paintLegend(GC gc, Rectangle area) {
        int top = 0;
        gc.setBackground(header);
        gc.fillRectangle(0, top, area.width, LEGEND_HEIGHT);
        gc.setForeground(grid);
        gc.drawLine(0, LEGEND_HEIGHT - 1, area.width, LEGEND_HEIGHT - 1);
        int textHeight = gc.getFontMetrics().getHeight();
        int x = 10;
        for (ProcessState s : ProcessState.values()) {
            gc.setBackground(stateColors.color(s));
            int box = StateColors.thin(s) ? 4 : 12;
            gc.fillRectangle(x, top + (LEGEND_HEIGHT - box) / 2, 12, box);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
            String label = StateColors.label(s);
            gc.drawText(label, x + 17, top + (LEGEND_HEIGHT - textHeight) / 2, true);
            x += 17 + gc.textExtent(label).x + 18;
        }
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
            return dragX < 0 && intervalAt(event.x, event.y) != null && super.shouldCreateToolTip(event);
        }

        @Override
        protected String getText(Event event) {
            Interval i = intervalAt(event.x, event.y);
            return i == null ? null : describe(laneAt(event.y), i);
        }
    }
}
