package coyotos.studio.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The values of an axis as written: a comma list ({@code p4-2007,modern-pcid}, {@code 1,2,4,8}) whose items may
 * be inclusive integer ranges ({@code 1..64}) with a step ({@code 1..64:8}). The order written is the order the
 * sweep takes; a value written twice is an error, since two points would then be the same configuration.
 */
public final class AxisValues {
    /** More values than this on one axis is almost certainly a typo (1..10000000); the message says so. */
    public static final int MAX_VALUES = 100_000;

    private AxisValues() {
    }

    public static List<String> parse(String axis, String text) throws SweepException {
        if (text == null || text.isBlank()) {
            throw new SweepException("axis '" + axis + "' has no values: write a list (1,2,4) or a range (1..64, 1..64:4).");
        }
        List<String> values = new ArrayList<>();
        for (String raw : text.split(",", -1)) {
            String item = raw.trim();
            if (item.isEmpty()) {
                throw new SweepException("axis '" + axis + "': empty value in '" + text + "' (two commas, or one at an end).");
            }
            int dots = item.indexOf("..");
            if (dots >= 0) {
                range(axis, item, dots, values);
            } else {
                values.add(item);
            }
            if (values.size() > MAX_VALUES) {
                throw new SweepException("axis '" + axis + "' has more than " + MAX_VALUES + " values ('" + text
                        + "'): narrow the range or give it a step.");
            }
        }
        Set<String> seen = new HashSet<>();
        for (String v : values) {
            if (!seen.add(canonical(v))) {
                throw new SweepException("axis '" + axis + "': value " + v + " appears twice in '" + text + "'.");
            }
        }
        return List.copyOf(values);
    }

    private static void range(String axis, String item, int dots, List<String> out) throws SweepException {
        String from = item.substring(0, dots).trim();
        String rest = item.substring(dots + 2).trim();
        String to = rest;
        String step = "1";
        int colon = rest.indexOf(':');
        if (colon >= 0) {
            to = rest.substring(0, colon).trim();
            step = rest.substring(colon + 1).trim();
        }
        long lo = whole(axis, item, from, "start");
        long hi = whole(axis, item, to, "end");
        long by = whole(axis, item, step, "step");
        if (by <= 0) {
            throw new SweepException("axis '" + axis + "': the step of " + item + " must be at least 1.");
        }
        if (hi < lo) {
            throw new SweepException("axis '" + axis + "': the range " + item + " is empty (write the smaller bound first).");
        }
        if ((hi - lo) / by + 1 > MAX_VALUES) {
            throw new SweepException("axis '" + axis + "': the range " + item + " has more than " + MAX_VALUES
                    + " values; give it a larger step.");
        }
        for (long v = lo; v <= hi; v += by) {
            out.add(Long.toString(v));
            if (v > Long.MAX_VALUE - by) {
                break;
            }
        }
    }

    private static long whole(String axis, String item, String text, String what) throws SweepException {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new SweepException("axis '" + axis + "': the " + what + " of the range " + item + " is not a whole number ('"
                    + text + "'). Ranges are a..b or a..b:step with whole numbers.");
        }
    }

    /** Whether every value is a number (then charts put the axis on a numeric scale). */
    public static boolean numeric(List<String> values) {
        for (String v : values) {
            if (number(v) == null) {
                return false;
            }
        }
        return !values.isEmpty();
    }

    /** The value as a number, or null when it is not one. */
    public static BigDecimal number(String v) {
        try {
            return new BigDecimal(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** 4, 04 and 4.0 are the same point. */
    private static String canonical(String v) {
        BigDecimal n = number(v);
        return n == null ? v : n.stripTrailingZeros().toPlainString();
    }

    /** A range as {@link #parse} reads it: {@code a..b}, with {@code :step} unless the step is 1. */
    public static String rangeText(long from, long to, long step) {
        return from + ".." + to + (step == 1 ? "" : ":" + step);
    }

    /** {@code {from, to, step}} when {@code text} is exactly one range, else null (a list). */
    public static long[] asRange(String text) {
        String t = text == null ? "" : text.trim();
        if (t.contains(",") || !t.contains("..")) {
            return null;
        }
        try {
            int dots = t.indexOf("..");
            String rest = t.substring(dots + 2);
            int colon = rest.indexOf(':');
            long from = Long.parseLong(t.substring(0, dots).trim());
            long to = Long.parseLong((colon < 0 ? rest : rest.substring(0, colon)).trim());
            long step = colon < 0 ? 1 : Long.parseLong(rest.substring(colon + 1).trim());
            return new long[] { from, to, step };
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
