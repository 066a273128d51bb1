package coyotos.studio.runs;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * How cycle counts, shares and ratios are printed, everywhere a run is shown: full counts with grouping
 * ("1,250,000") in tables and text, compact ones ("1.25M") where space is short (chart axes, the Timeline's
 * ruler). As a {@link Format} it is the compact form, for chart axes.
 */
public final class CycleFormat extends Format {

    private static final long serialVersionUID = 1L;

    /** The compact form as a {@link Format}, for chart axes. */
    public static final CycleFormat COMPACT = new CycleFormat();

    private CycleFormat() {
    }

    /** "1,234" for whole numbers, "3,817.5" otherwise, "-" for NaN (a figure that does not exist). */
    public static String count(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return Math.abs(value - Math.rint(value)) < 1e-9 ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.format(Locale.ROOT, "%,.1f", value);
    }

    /** A share (0..1) as "74.3 %", "-" for NaN. */
    public static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    /** A ratio as "0.875×", "-" when there is none (division by zero). */
    public static String ratio(double ratio) {
        return Double.isNaN(ratio) || Double.isInfinite(ratio) ? "-" : String.format(Locale.ROOT, "%.3f×", ratio);
    }

    /** "950", "1.5k", "1.25M", "2G": at most two decimals, no trailing zeros. */
    public static String compact(double cycles) {
        double unit = unit(cycles);
        return trim(String.format(Locale.ROOT, "%.2f", cycles / unit)) + suffix(unit);
    }

    /**
     * A ruler label: as {@link #compact(double)}, but with enough decimals that ticks {@code step} apart never
     * print the same text (deep zoom puts ticks 100 cycles apart at 8M, where "8.08M" would repeat).
     */
    public static String compact(double cycles, double step) {
        double unit = unit(cycles);
        int decimals = (int) Math.max(0, Math.min(9, Math.ceil(Math.log10(unit / step) - 1e-9)));
        return trim(String.format(Locale.ROOT, "%." + decimals + "f", cycles / unit)) + suffix(unit);
    }

    private static double unit(double cycles) {
        double abs = Math.abs(cycles);
        return abs < 1_000 ? 1 : abs < 1_000_000 ? 1e3 : abs < 1_000_000_000 ? 1e6 : 1e9;
    }

    private static String suffix(double unit) {
        return unit == 1 ? "" : unit == 1e3 ? "k" : unit == 1e6 ? "M" : "G";
    }

    /** "1.50" -> "1.5", "2.00" -> "2": trailing zeros only add noise to tick labels. */
    private static String trim(String s) {
        if (!s.contains(".")) {
            return s;
        }
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public StringBuffer format(Object obj, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(compact(((Number) obj).doubleValue()));
    }

    @Override
    public Object parseObject(String source, ParsePosition pos) {
        // axis labels are only ever formatted; null tells Format that nothing was parsed
        return null;
    }
}
