package coyotos.studio.ui.internal.views;

import java.util.Locale;

/** How the views print cycle counts, shares and ratios, so every view reads the same. */
final class Cycles {

    private Cycles() {
    }

    static String count(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return Math.abs(value - Math.rint(value)) < 1e-9 ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.format(Locale.ROOT, "%,.1f", value);
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    static String ratio(double ratio) {
        return Double.isNaN(ratio) || Double.isInfinite(ratio) ? "-" : String.format(Locale.ROOT, "%.3f×", ratio);
    }
}
