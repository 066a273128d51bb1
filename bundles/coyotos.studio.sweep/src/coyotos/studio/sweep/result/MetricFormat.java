package coyotos.studio.sweep.result;

import java.util.Locale;

/**
 * A metric value for machines (CSV): plain digits, no grouping. People read values as every view prints a run's
 * figures, through {@link coyotos.studio.runs.CycleFormat}.
 */
public final class MetricFormat {

    private MetricFormat() {
    }

    /** Plain number for CSV: integers without a fraction, others with up to 6 decimals, empty for no value. */
    public static String plain(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        if (Math.abs(v - Math.rint(v)) < 1e-9 && Math.abs(v) < 9e15) {
            return Long.toString((long) Math.rint(v));
        }
        String s = String.format(Locale.ROOT, "%.6f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

}
