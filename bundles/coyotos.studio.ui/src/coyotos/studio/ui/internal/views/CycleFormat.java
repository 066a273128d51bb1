package coyotos.studio.ui.internal.views;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Cycle counts for axis labels: runs span from hundreds to billions of cycles, and "1.25M" fits under a
 * tick where "1,250,000" collides with its neighbours.
 */
final class CycleFormat extends Format {

    private static final long serialVersionUID = 1L;

    static final CycleFormat INSTANCE = new CycleFormat();

    static String compact(double cycles) {
        double abs = Math.abs(cycles);
        if (abs < 1_000) {
            return trim(cycles);
        }
        if (abs < 1_000_000) {
            return trim(cycles / 1e3) + "k";
        }
        if (abs < 1_000_000_000) {
            return trim(cycles / 1e6) + "M";
        }
        return trim(cycles / 1e9) + "G";
    }

    /**
     * A ruler label: as compact, but with enough decimals that ticks {@code step} apart never print the same
     * text (deep zoom puts ticks 100 cycles apart at 8M, where "8.08M" would repeat).
     */
    static String compact(double cycles, double step) {
        double abs = Math.abs(cycles);
        double unit = abs < 1_000 ? 1 : abs < 1_000_000 ? 1e3 : abs < 1_000_000_000 ? 1e6 : 1e9;
        String suffix = unit == 1 ? "" : unit == 1e3 ? "k" : unit == 1e6 ? "M" : "G";
        int decimals = (int) Math.max(0, Math.min(9, Math.ceil(Math.log10(unit / step) - 1e-9)));
        return trim(String.format(Locale.ROOT, "%." + decimals + "f", cycles / unit)) + suffix;
    }

    private static String trim(double v) {
        return trim(String.format(Locale.ROOT, "%.2f", v));
    }

    private static String trim(String s) {
        if (!s.contains(".")) {
            return s;
        }
        // "1.50" -> "1.5", "2.00" -> "2": trailing zeros only add noise to tick labels
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public StringBuffer format(Object obj, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(compact(((Number) obj).doubleValue()));
    }

    @Override
    public Object parseObject(String source, ParsePosition pos) {
        // axis labels are only ever formatted
        return null;
    }
}
