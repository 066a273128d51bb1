package coyotos.studio.sweep.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds where series of a chart cross. For each pair, the sign of their difference is followed along x,
 * skipping positions where either has no value; a change of sign is a crossover, placed by linear
 * interpolation between the last position with the old sign and the first with the new one (at the point
 * itself when the two are equal there). Touching without changing order is not a crossover.
 */
public final class Crossovers {

    private Crossovers() {
    }

    public static List<Crossover> find(List<SweepChart.Series> series, AxisInfo axis) {
        List<Crossover> out = new ArrayList<>();
        for (int a = 0; a < series.size(); a++) {
            for (int b = a + 1; b < series.size(); b++) {
                pair(series.get(a), series.get(b), axis, out);
            }
        }
        out.sort((p, q) -> Double.compare(p.x(), q.x()));
        return out;
    }

    private static void pair(SweepChart.Series s, SweepChart.Series t, AxisInfo axis, List<Crossover> out) {
        int lastSign = 0;
        int lastAt = -1;
        int firstZero = -1;
        for (int i = 0; i < s.x().length; i++) {
            double ys = s.y()[i];
            double yt = t.y()[i];
            if (Double.isNaN(ys) || Double.isNaN(yt)) {
                continue;
            }
            double d = ys - yt;
            int sign = d > 0 ? 1 : d < 0 ? -1 : 0;
            if (sign == 0) {
                if (firstZero < 0) {
                    firstZero = i;
                }
                continue;
            }
            if (lastSign != 0 && sign != lastSign) {
                double x;
                double y;
                if (firstZero >= 0) {
                    x = s.x()[firstZero];
                    y = s.y()[firstZero];
                } else {
                    double d0 = s.y()[lastAt] - t.y()[lastAt];
                    double f = d0 / (d0 - d);
                    x = s.x()[lastAt] + f * (s.x()[i] - s.x()[lastAt]);
                    y = s.y()[lastAt] + f * (s.y()[i] - s.y()[lastAt]);
                }
                String above = sign > 0 ? s.name() : t.name();
                String below = sign > 0 ? t.name() : s.name();
                int from = firstZero >= 0 ? firstZero : lastAt;
                int to = firstZero >= 0 ? firstZero : i;
                out.add(new Crossover(above, below, s.x()[lastAt], s.x()[i], x, y, label(axis, from, s),
                        label(axis, to, s), axis.name()));
            }
            lastSign = sign;
            lastAt = i;
            firstZero = -1;
        }
    }

    private static String label(AxisInfo axis, int i, SweepChart.Series s) {
        if (!axis.numeric()) {
            return axis.values().get(i);
        }
        double v = s.x()[i];
        return Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString((long) Math.rint(v)) : String.format(Locale.ROOT, "%s", v);
    }
}
