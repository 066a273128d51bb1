package coyotos.studio.ui.internal.views;

import java.util.List;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;

import coyotos.studio.runs.CycleFormat;
import coyotos.studio.runs.ProcessTimeline;
import coyotos.studio.runs.ProcessTimeline.Bar;
import coyotos.studio.runs.ProcessTimeline.Interval;
import coyotos.studio.runs.TimeWindow;
import coyotos.studio.sim.result.ProcessState;

import static coyotos.studio.ui.internal.views.TimelineCanvas.BAR_HEIGHT;
import static coyotos.studio.ui.internal.views.TimelineCanvas.LANES_TOP;
import static coyotos.studio.ui.internal.views.TimelineCanvas.LEGEND_HEIGHT;
import static coyotos.studio.ui.internal.views.TimelineCanvas.ROW_HEIGHT;
import static coyotos.studio.ui.internal.views.TimelineCanvas.RULER_HEIGHT;

/**
 * Paints the Timeline in the style of Trace Compass's Control Flow view: process names on the left, a cycle
 * ruler on top, one lane per process with its states as coloured bars, the legend above. What a lane shows
 * through the window is the core's answer ({@link ProcessTimeline#bars}); this class only draws.
 */
final class TimelinePainter {

    /** What to paint: the canvas's state at the moment of painting. */
    record Frame(ProcessTimeline timeline, List<String> names, String message, TimeScale scale, int nameWidth,
            int firstLane, int selectedLane, Interval selectedInterval, long cursor) {

        int lanes() {
            return timeline == null ? 0 : timeline.laneCount();
        }
    }

    private final Control control;
    private final StateColors stateColors;
    private final Color laneOdd;
    private final Color laneSelected;
    private final Color grid;
    private final Color header;
    private final Color separator;
    private final Font bold;

    /** Colours and fonts come from (and are disposed with) the given manager, normally one tied to the canvas. */
    TimelinePainter(Control control, ResourceManager resources) {
        this.control = control;
        stateColors = new StateColors(resources);
        laneOdd = resources.create(ColorDescriptor.createFrom(new RGB(246, 247, 249)));
        laneSelected = resources.create(ColorDescriptor.createFrom(new RGB(214, 228, 248)));
        grid = resources.create(ColorDescriptor.createFrom(new RGB(226, 228, 232)));
        header = resources.create(ColorDescriptor.createFrom(new RGB(238, 240, 243)));
        separator = resources.create(ColorDescriptor.createFrom(new RGB(190, 194, 200)));
        bold = resources.create(FontDescriptor.createFrom(control.getFont()).setStyle(SWT.BOLD));
    }

    Font bold() {
        return bold;
    }

    void paint(GC gc, Rectangle area, Frame f) {
        gc.setBackground(control.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        if (f.timeline() == null) {
            paintMessage(gc, area, f.message());
            return;
        }
        paintLanes(gc, area, f);
        paintNames(gc, area.height, f);
        paintRuler(gc, area, f);
        paintCursor(gc, area, f);
        paintLegend(gc, area);
    }

    /** A suspended debugged run: a line where it stands now, through the ruler and every lane, with its cycle. */
    private void paintCursor(GC gc, Rectangle area, Frame f) {
        if (f.cursor() < 0) {
            return;
        }
        int left = f.nameWidth();
        int x = left + f.scale().x(f.cursor());
        if (x < left || x > area.width) {
            return;
        }
        Color red = control.getDisplay().getSystemColor(SWT.COLOR_RED);
        gc.setForeground(red);
        gc.setLineWidth(2);
        gc.drawLine(x, LEGEND_HEIGHT, x, area.height);
        gc.setLineWidth(1);
        // the label goes under the last lane, clear of the ruler's numbers
        String label = "now: cycle " + CycleFormat.count(f.cursor());
        Point size = gc.textExtent(label);
        int textX = x + 4 + size.x <= area.width ? x + 4 : Math.max(left, x - 4 - size.x);
        int textY = Math.min(area.height - size.y - 2, LANES_TOP + (f.lanes() - f.firstLane()) * ROW_HEIGHT + 4);
        gc.setBackground(control.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.drawText(label, textX, textY, false);
    }

    private void paintMessage(GC gc, Rectangle area, String message) {
        gc.setForeground(control.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        Point size = gc.textExtent(message, SWT.DRAW_DELIMITER);
        gc.drawText(message, Math.max(8, (area.width - size.x) / 2), Math.max(8, (area.height - size.y) / 3),
                SWT.DRAW_DELIMITER | SWT.DRAW_TRANSPARENT);
    }

    private void paintLanes(GC gc, Rectangle area, Frame f) {
        int left = f.nameWidth();
        int bottom = area.height;
        TimeScale scale = f.scale();
        gc.setClipping(left, LANES_TOP, area.width - left, bottom - LANES_TOP);
        for (int lane = f.firstLane(), y = LANES_TOP; lane < f.lanes() && y < bottom; lane++, y += ROW_HEIGHT) {
            Color bg = lane == f.selectedLane() ? laneSelected : lane % 2 == 1 ? laneOdd : null;
            if (bg != null) {
                gc.setBackground(bg);
                gc.fillRectangle(left, y, area.width - left, ROW_HEIGHT);
            }
        }
        gc.setForeground(grid);
        long step = scale.tickStep(90);
        for (long c = scale.firstTick(step); c <= scale.start() + scale.span(); c += step) {
            int x = left + scale.x(c);
            gc.drawLine(x, LANES_TOP, x, bottom);
        }
        TimeWindow window = scale.window();
        for (int lane = f.firstLane(), y = LANES_TOP; lane < f.lanes() && y < bottom; lane++, y += ROW_HEIGHT) {
            int top = y + (ROW_HEIGHT - BAR_HEIGHT) / 2;
            for (Bar bar : f.timeline().bars(lane, window)) {
                gc.setBackground(stateColors.color(bar.state()));
                if (StateColors.thin(bar.state())) {
                    gc.fillRectangle(left + bar.x0(), top + BAR_HEIGHT / 2 - 2, bar.x1() - bar.x0(), 4);
                } else {
                    gc.fillRectangle(left + bar.x0(), top, bar.x1() - bar.x0(), BAR_HEIGHT);
                }
            }
        }
        Interval selected = f.selectedInterval();
        if (selected != null && f.selectedLane() >= f.firstLane()) {
            int x0 = left + scale.x(selected.start());
            int x1 = left + scale.x(selected.end());
            int y = LANES_TOP + (f.selectedLane() - f.firstLane()) * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
            gc.setForeground(control.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.setLineWidth(2);
            gc.drawRectangle(x0, y - 1, Math.max(2, x1 - x0), BAR_HEIGHT + 2);
            gc.setLineWidth(1);
        }
        gc.setClipping((Rectangle) null);
    }

    private void paintNames(GC gc, int bottom, Frame f) {
        int width = f.nameWidth();
        gc.setBackground(header);
        gc.fillRectangle(0, LANES_TOP, width, bottom - LANES_TOP);
        int textHeight = gc.getFontMetrics().getHeight();
        for (int lane = f.firstLane(), y = LANES_TOP; lane < f.lanes() && y < bottom; lane++, y += ROW_HEIGHT) {
            if (lane == f.selectedLane()) {
                gc.setBackground(laneSelected);
                gc.fillRectangle(0, y, width, ROW_HEIGHT);
            }
            gc.setFont(lane == f.selectedLane() ? bold : control.getFont());
            gc.setForeground(control.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
            gc.drawText(ellipsize(gc, f.names().get(lane), width - 16), 10, y + (ROW_HEIGHT - textHeight) / 2, true);
            gc.setForeground(grid);
            gc.drawLine(0, y + ROW_HEIGHT - 1, width, y + ROW_HEIGHT - 1);
        }
        gc.setFont(control.getFont());
        gc.setForeground(separator);
        gc.drawLine(width - 1, 0, width - 1, bottom);
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

    private void paintRuler(GC gc, Rectangle area, Frame f) {
        int left = f.nameWidth();
        TimeScale scale = f.scale();
        gc.setBackground(header);
        gc.fillRectangle(0, LEGEND_HEIGHT, area.width, RULER_HEIGHT);
        gc.setForeground(control.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        gc.setFont(bold);
        gc.drawText("Process", 10, LEGEND_HEIGHT + (RULER_HEIGHT - gc.getFontMetrics().getHeight()) / 2, true);
        gc.setFont(control.getFont());
        // the unit sits at the right end of the ruler; a tick label that would run into it is left out
        String unit = "cycles";
        int ux = area.width - gc.textExtent(unit).x - 8;
        gc.drawText(unit, ux, LEGEND_HEIGHT + 2, true);
        gc.setClipping(left, LEGEND_HEIGHT, Math.max(0, area.width - left), RULER_HEIGHT);
        long step = scale.tickStep(90);
        long minor = step % 5 == 0 ? step / 5 : step / 2;
        if (minor > 0) {
            for (long c = scale.firstTick(minor); c <= scale.start() + scale.span(); c += minor) {
                int x = left + scale.x(c);
                gc.drawLine(x, LANES_TOP - 4, x, LANES_TOP);
            }
        }
        for (long c = scale.firstTick(step); c <= scale.start() + scale.span(); c += step) {
            int x = left + scale.x(c);
            gc.drawLine(x, LANES_TOP - 9, x, LANES_TOP);
            String label = CycleFormat.compact(c, step);
            if (x + 3 + gc.textExtent(label).x <= ux - 8) {
                gc.drawText(label, x + 3, LEGEND_HEIGHT + 2, true);
            }
        }
        gc.setClipping((Rectangle) null);
        gc.setForeground(separator);
        gc.drawLine(0, LANES_TOP - 1, area.width, LANES_TOP - 1);
    }

    private void paintLegend(GC gc, Rectangle area) {
        gc.setBackground(header);
        gc.fillRectangle(0, 0, area.width, LEGEND_HEIGHT);
        gc.setForeground(grid);
        gc.drawLine(0, LEGEND_HEIGHT - 1, area.width, LEGEND_HEIGHT - 1);
        int textHeight = gc.getFontMetrics().getHeight();
        int x = 10;
        for (ProcessState s : ProcessState.values()) {
            gc.setBackground(stateColors.color(s));
            int box = StateColors.thin(s) ? 4 : 12;
            gc.fillRectangle(x, (LEGEND_HEIGHT - box) / 2, 12, box);
            gc.setForeground(control.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
            gc.drawText(s.label(), x + 17, (LEGEND_HEIGHT - textHeight) / 2, true);
            x += 17 + gc.textExtent(s.label()).x + 18;
        }
    }
}
