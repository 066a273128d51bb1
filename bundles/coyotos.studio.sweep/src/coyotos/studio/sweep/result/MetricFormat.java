package coyotos.studio.sweep.result;

import java.util.Locale;

/**
 * How a metric value reads in a table or a label: whole numbers with thousands separators, fractions (cycles
 * per fault) with one decimal, a dash where there is no value. Machine formats (CSV, JSON) print plain numbers.
 */
public final class MetricFormat {

    private MetricFormat() {
    }

    public static String human(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "-";
        }
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return String.format(Locale.ROOT, "%,d", (long) Math.rint(v));
        }
        return String.format(Locale.ROOT, "%,.1f", v);
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

    /** Axis ticks: "950", "12.5k", "1.25M", "3G", so large values fit under a tick. */
    public static String compact(double v) {
        double abs = Math.abs(v);
        String[] suffix = { "", "k", "M", "G", "T" };
        int i = 0;
        while (abs >= 1000 && i < suffix.length - 1) {
            abs /= 1000;
            v /= 1000;
            i++;
        }
        String s = String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
        return (s.endsWith(".") ? s.substring(0, s.length() - 1) : s) + suffix[i];
    }
}
