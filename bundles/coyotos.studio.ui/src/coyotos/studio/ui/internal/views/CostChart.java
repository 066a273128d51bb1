package coyotos.studio.ui.internal.views;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.IntConsumer;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

import coyotos.studio.runs.CostBars;
import coyotos.studio.runs.CycleFormat;
import coyotos.studio.sim.result.CostCategory;

/**
 * Draws {@link CostBars} as stacked bars on SWTChart, with a message pane for when there is nothing to draw.
 * Works on a plain Composite so it can be tried without the workbench; the Cost Breakdown view feeds it and
 * maps clicks.
 */
final class CostChart {

    /** Okabe-Ito colours: distinct for colour-blind readers too; user = green and handler = red as in the Timeline. */
    private static final Map<CostCategory, RGB> RGBS = new EnumMap<>(Map.of(
            CostCategory.USER, new RGB(0, 158, 115),
            CostCategory.RING_TRANSITION, new RGB(0, 114, 178),
            CostCategory.ADDRESS_SPACE_SWITCH, new RGB(230, 159, 0),
            CostCategory.TLB_REFILL, new RGB(240, 228, 66),
            CostCategory.PAGE_TABLE_BUILD, new RGB(86, 180, 233),
            CostCategory.KERNEL_PATH, new RGB(153, 153, 153),
            CostCategory.IPC, new RGB(204, 121, 167),
            CostCategory.HANDLER, new RGB(213, 94, 0)));

    private final Composite stack;
    private final StackLayout layout = new StackLayout();
    private final Composite messagePane;
    private final Label message;
    private final Chart chart;
    private final IBarSeries<?>[] series = new IBarSeries<?>[CostCategory.COUNT];
    private CostBars bars;
    private IntConsumer clickListener = i -> {
    };
    private int hovered = -1;

    CostChart(Composite parent) {
        stack = new Composite(parent, SWT.NONE);
        stack.setLayout(layout);
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), stack);
        Color white = stack.getDisplay().getSystemColor(SWT.COLOR_WHITE);

        messagePane = new Composite(stack, SWT.NONE);
        messagePane.setLayout(new GridLayout(1, false));
        message = new Label(messagePane, SWT.WRAP | SWT.CENTER);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, true));

        chart = new Chart(stack, SWT.NONE);
        chart.setBackground(white);
        chart.getPlotArea().setBackground(white);
        chart.getLegend().setPosition(SWT.RIGHT);
        chart.getLegend().setBackground(white);
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.enableCategory(true);
        x.getGrid().setStyle(LineStyle.NONE);
        IAxis y = chart.getAxisSet().getYAxis(0);
        y.getTitle().setText("Cycles");
        y.getTick().setFormat(CycleFormat.COMPACT);
        y.getGrid().setStyle(LineStyle.DOT);
        y.getGrid().setForeground(resources.create(ColorDescriptor.createFrom(new RGB(200, 200, 200))));
        Color black = stack.getDisplay().getSystemColor(SWT.COLOR_BLACK);
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTick().setForeground(black);
            axis.getTitle().setForeground(black);
        }
        chart.getTitle().setForeground(black);
        for (CostCategory c : CostCategory.values()) {
            IBarSeries<?> s = (IBarSeries<?>) chart.getSeriesSet().createSeries(ISeries.SeriesType.BAR, c.label());
            s.setBarColor(resources.create(ColorDescriptor.createFrom(RGBS.get(c))));
            s.setBarPadding(35);
            series[c.ordinal()] = s;
        }
        Control plot = chart.getPlotArea().getControl();
        plot.addListener(SWT.MouseDown, e -> {
            int bar = barAt(e.x);
            if (e.button == 1 && bar >= 0) {
                clickListener.accept(bar);
            }
        });
        plot.addListener(SWT.MouseMove, e -> hover(barAt(e.x)));
        plot.addListener(SWT.MouseExit, e -> hover(-1));
        chart.getPlotArea().addCustomPaintListener((ICustomPaintListener) e -> outlineSelected(e.gc));
        showMessage("");
    }

    Control control() {
        return stack;
    }

    Chart chart() {
        return chart;
    }

    void onBarClicked(IntConsumer listener) {
        clickListener = listener;
    }

    void showMessage(String text) {
        bars = null;
        message.setText(text);
        layout.topControl = messagePane;
        stack.layout(true, true);
    }

    /** The message shown instead of the chart, or null while the chart shows; tests read it. */
    String message() {
        return bars == null ? message.getText() : null;
    }

    CostBars bars() {
        return bars;
    }

    void show(CostBars newBars) {
        bars = newBars;
        chart.suspendUpdate(true);
        try {
            chart.getTitle().setText(newBars.title());
            IAxis x = chart.getAxisSet().getXAxis(0);
            x.getTitle().setText(newBars.axisTitle());
            x.setCategorySeries(newBars.labels().toArray(String[]::new));
            // long or many labels overlap when horizontal; tilt them instead of dropping any
            int longest = newBars.labels().stream().mapToInt(String::length).max().orElse(0);
            x.getTick().setTickLabelAngle(longest * newBars.size() > 90 ? 30 : 0);
            for (CostCategory c : CostCategory.values()) {
                IBarSeries<?> s = series[c.ordinal()];
                s.setYSeries(newBars.series(c));
                // SWTChart stacks only series that already hold data, so stacking is (re)enabled here
                s.enableStack(true);
            }
            chart.getAxisSet().adjustRange();
            // adjustRange does not see stacked totals, so the tallest bar would be cut off: fit y to the stacks
            double tallest = newBars.tallest();
            chart.getAxisSet().getYAxis(0).setRange(new Range(0, tallest > 0 ? tallest * 1.08 : 1));
        } finally {
            chart.suspendUpdate(false);
        }
        layout.topControl = chart;
        stack.layout(true, true);
        chart.redraw();
    }

    /** Bar index under a plot-area x, or -1: categories sit at integer data coordinates. */
    int barAt(int x) {
        if (bars == null) {
            return -1;
        }
        long index = Math.round(chart.getAxisSet().getXAxis(0).getDataCoordinate(x));
        return index >= 0 && index < bars.size() ? (int) index : -1;
    }

    private void hover(int bar) {
        if (bar == hovered) {
            return;
        }
        hovered = bar;
        chart.getPlotArea().setToolTipText(bar < 0 ? null : bars.describe(bar));
    }

    /** Frames the selected bar (the process the Trace is focused on, or the selected run). */
    private void outlineSelected(GC gc) {
        if (bars == null || bars.selected() < 0) {
            return;
        }
        Rectangle frame = null;
        for (IBarSeries<?> s : series) {
            Rectangle[] bounds = s.getBounds();
            if (bounds != null && bars.selected() < bounds.length && bounds[bars.selected()] != null) {
                Rectangle r = bounds[bars.selected()];
                frame = frame == null ? r : frame.union(r);
            }
        }
        if (frame != null && frame.height > 0) {
            gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
            gc.setLineWidth(2);
            gc.drawRectangle(frame.x - 2, frame.y - 2, frame.width + 3, frame.height + 3);
            gc.setLineWidth(1);
        }
    }
}
