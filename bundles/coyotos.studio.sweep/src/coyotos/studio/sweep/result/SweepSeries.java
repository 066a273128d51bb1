package coyotos.studio.sweep.result;

import coyotos.studio.sweep.AxisValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a sweep result into a {@link SweepChart}: the data provider behind the Sweep Results chart, computed
 * here so that tests read exactly what the view draws.
 */
public final class SweepSeries {

    private SweepSeries() {
    }

    /**
     * @param xAxis      index of the axis along x
     * @param seriesAxis index of the axis whose values make the series, or -1 for one series
     * @param fixed      value of every other axis (by index); an axis missing here is held at its first value
     */
    public static SweepChart chart(SweepResult r, Metric metric, int xAxis, int seriesAxis, Map<Integer, String> fixed) {
        AxisInfo x = r.axes().get(xAxis);
        boolean categorical = !x.numeric();
        Map<List<String>, PointResult> byValues = new HashMap<>();
        for (PointResult p : r.points()) {
            byValues.put(p.values(), p);
        }
        List<String> seriesValues = seriesAxis < 0 ? List.of("") : r.axes().get(seriesAxis).values();
        List<SweepChart.Series> series = new ArrayList<>();
        for (String s : seriesValues) {
            double[] xs = new double[x.values().size()];
            double[] ys = new double[xs.length];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = categorical ? i : AxisValues.number(x.values().get(i)).doubleValue();
                List<String> key = new ArrayList<>();
                for (int a = 0; a < r.axes().size(); a++) {
                    if (a == xAxis) {
                        key.add(x.values().get(i));
                    } else if (a == seriesAxis) {
                        key.add(s);
                    } else {
                        key.add(fixed.getOrDefault(a, r.axes().get(a).values().get(0)));
                    }
                }
                PointResult p = byValues.get(key);
                ys[i] = p == null ? Double.NaN : metric.at(p);
            }
            String name = seriesAxis < 0 ? metric.label() : s;
            series.add(new SweepChart.Series(name, xs, ys));
        }
        StringBuilder title = new StringBuilder(metric.label());
        for (int a = 0; a < r.axes().size(); a++) {
            if (a != xAxis && a != seriesAxis) {
                title.append(title.indexOf("  (") < 0 ? "  (" : ", ").append(r.axes().get(a).name()).append(" = ")
                        .append(fixed.getOrDefault(a, r.axes().get(a).values().get(0)));
            }
        }
        if (title.indexOf("  (") >= 0) {
            title.append(')');
        }
        return new SweepChart(title.toString(), x.name(), metric.unit(), categorical, x.values(), series,
                Crossovers.find(series, x));
    }
}
