package coyotos.studio.sweep.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;

import coyotos.studio.sweep.result.Crossover;
import coyotos.studio.runs.CycleFormat;
import coyotos.studio.sweep.result.SweepChart;

/**
 * Draws a {@link SweepChart} with SWTChart: one line per series, and the crossovers as black crosses of their
 * own series. It draws and nothing else; what the lines and crossovers are comes from the core.
 */
final class SweepLineChart {
    static final String CROSSOVERS = "crossovers";

    /** Okabe-Ito: distinct for colour-blind readers too. */
    private static final RGB[] COLOURS = { new RGB(0, 114, 178), new RGB(213, 94, 0), new RGB(0, 158, 115),
            new RGB(204, 121, 167), new RGB(230, 159, 0), new RGB(86, 180, 233), new RGB(153, 153, 153),
            new RGB(240, 228, 66) };

    private final Chart chart;
    private final LocalResourceManager resources;
    private SweepChart shown;

    SweepLineChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        resources = new LocalResourceManager(JFaceResources.getResources(), chart);
        Color white = chart.getDisplay().getSystemColor(SWT.COLOR_WHITE);
        Color black = chart.getDisplay().getSystemColor(SWT.COLOR_BLACK);
        chart.setBackground(white);
        chart.getPlotArea().setBackground(white);
        chart.getLegend().setPosition(SWT.RIGHT);
        chart.getLegend().setBackground(white);
        chart.getTitle().setForeground(black);
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTick().setForeground(black);
            axis.getTitle().setForeground(black);
            axis.getGrid().setStyle(LineStyle.DOT);
            axis.getGrid().setForeground(resources.create(ColorDescriptor.createFrom(new RGB(210, 210, 210))));
        }
        chart.getAxisSet().getYAxis(0).getTick().setFormat(CycleFormat.COMPACT);
    }

    Chart chart() {
        return chart;
    }

    SweepChart shown() {
        return shown;
    }

    void show(SweepChart c) {
        shown = c;
        chart.suspendUpdate(true);
        try {
            for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
                chart.getSeriesSet().deleteSeries(s.getId());
            }
            chart.getTitle().setText(c.title());
            IAxis x = chart.getAxisSet().getXAxis(0);
            x.getTitle().setText(c.xTitle());
            x.enableCategory(c.categoricalX());
            if (c.categoricalX()) {
                x.setCategorySeries(c.xLabels().toArray(String[]::new));
            }
            chart.getAxisSet().getYAxis(0).getTitle().setText(c.yTitle());
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < c.series().size(); i++) {
                SweepChart.Series s = c.series().get(i);
                String id = s.name().isEmpty() ? "series " + (i + 1) : s.name();
                ids.add(id);
                ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(ISeries.SeriesType.LINE, id);
                line.setXSeries(s.x());
                line.setYSeries(s.y());
                Color colour = resources.create(ColorDescriptor.createFrom(COLOURS[i % COLOURS.length]));
                line.setLineColor(colour);
                line.setSymbolColor(colour);
                line.setSymbolType(PlotSymbolType.CIRCLE);
                line.setSymbolSize(3);
                line.setLineWidth(2);
            }
            if (!c.crossovers().isEmpty() && !c.categoricalX()) {
                ILineSeries<?> marks = (ILineSeries<?>) chart.getSeriesSet().createSeries(ISeries.SeriesType.LINE,
                        CROSSOVERS);
                marks.setXSeries(c.crossovers().stream().mapToDouble(Crossover::x).toArray());
                marks.setYSeries(c.crossovers().stream().mapToDouble(Crossover::y).toArray());
                marks.setLineStyle(LineStyle.NONE);
                marks.setSymbolType(PlotSymbolType.CROSS);
                marks.setSymbolSize(7);
                marks.setSymbolColor(chart.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            }
            chart.getAxisSet().adjustRange();
        } finally {
            chart.suspendUpdate(false);
        }
        chart.redraw();
    }
}
