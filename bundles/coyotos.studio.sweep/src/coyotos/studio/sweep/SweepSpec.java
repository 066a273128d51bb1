package coyotos.studio.sweep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What to sweep, independent of any model: the axes in order and what every point shares (a CPU profile, a
 * kernel variant, a seed; null = as the model says). Points are numbered 0..{@link #points()}-1 with the first
 * axis varying slowest, so {@code --vary design=a,b --vary replicate=1..64} runs a with 1..64, then b.
 *
 * @param vary the axes as written ({@code AXIS=VALUES}), kept so a saved sweep can be run again as it was written
 */
public record SweepSpec(List<String> vary, List<Axis> axes, String profile, String kernel, Long seed) {

    public SweepSpec {
        vary = List.copyOf(vary);
        axes = List.copyOf(axes);
    }

    public static SweepSpec parse(List<String> vary, String profileName, String kernelName, Long seed)
            throws SweepException {
        String profile = blank(profileName);
        String kernel = blank(kernelName);
        if (vary.isEmpty()) {
            throw new SweepException("a sweep needs at least one axis: --vary " + Axis.SYNTAX + ".");
        }
        List<Axis> axes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String v : vary) {
            Axis a = Axis.parse(v);
            String key = a.kind() == AxisKind.ATTRIBUTE ? a.name() : a.kind().keyword() + ":" + a.target();
            if (!names.add(key)) {
                throw new SweepException("axis '" + a.name() + "' is given twice: merge its values into one --vary.");
            }
            if (a.kind() == AxisKind.PROFILE && profile != null) {
                throw new SweepException("the profile is an axis and also given as --profile " + profile + ": keep one.");
            }
            if (a.kind() == AxisKind.KERNEL && kernel != null) {
                throw new SweepException("the kernel is an axis and also given as --kernel " + kernel + ": keep one.");
            }
            axes.add(a);
        }
        SweepSpec spec = new SweepSpec(vary.stream().map(String::trim).toList(), axes, profile, kernel, seed);
        try {
            spec.points();
        } catch (ArithmeticException e) {
            throw new SweepException("the axes multiply to more points than can be counted: narrow them.");
        }
        return spec;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Number of points: the product of the axes' sizes. */
    public long points() {
        long n = 1;
        for (Axis a : axes) {
            n = Math.multiplyExact(n, a.size());
        }
        return n;
    }

    /** The value of every axis at point {@code index}, in axis order. */
    public List<String> values(long index) {
        if (index < 0 || index >= points()) {
            throw new IndexOutOfBoundsException("point " + index + " of " + points());
        }
        String[] out = new String[axes.size()];
        long rest = index;
        for (int i = axes.size() - 1; i >= 0; i--) {
            Axis a = axes.get(i);
            out[i] = a.values().get((int) (rest % a.size()));
            rest /= a.size();
        }
        return List.of(out);
    }

    /** The axis named {@code name} (as written), or -1. */
    public int axisIndex(String name) {
        for (int i = 0; i < axes.size(); i++) {
            if (axes.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** "128 runs: design 2 × replicate:app 64": the count the launch tab shows. */
    public String countText() {
        long n = points();
        StringBuilder sb = new StringBuilder().append(String.format(java.util.Locale.ROOT, "%,d", n))
                .append(n == 1 ? " run" : " runs");
        String sep = ": ";
        for (Axis a : axes) {
            sb.append(sep).append(a.name()).append(' ').append(a.size());
            sep = " \u00d7 ";
        }
        return sb.toString();
    }
}
