package coyotos.studio.sweep;

import java.util.List;

/**
 * One axis of a sweep as written ({@code AXIS=VALUES}): what it varies and the values it takes, in order.
 * Whether the model can take them is checked when the axis meets the model
 * ({@link coyotos.studio.sweep.model.SweepModel}).
 *
 * @param name   the axis as written before {@code =}, trimmed: {@code replicate:app}, {@code profile},
 *               {@code app/workload/steps.0/count}; the key of the axis in results and files
 * @param target the process of a design or replicate axis (null: the model's one client process), the
 *               attribute path of an attribute axis, null otherwise
 */
public record Axis(String name, AxisKind kind, String target, List<String> values) {

    public static final String SYNTAX = "AXIS=VALUES, where AXIS is profile, kernel, design[:PROCESS], "
            + "replicate[:PROCESS] or a model attribute path (OBJECT/feature/.../attribute, e.g. "
            + "app/workload/steps.0/count) and VALUES a list (1,2,4) or a range (1..64, 1..64:4)";

    public Axis {
        values = List.copyOf(values);
    }

    public static Axis parse(String text) throws SweepException {
        String t = text == null ? "" : text.trim();
        int eq = t.indexOf('=');
        if (eq <= 0) {
            throw new SweepException("'" + text + "' is not an axis: write " + SYNTAX + ".");
        }
        String name = t.substring(0, eq).trim();
        List<String> values = AxisValues.parse(name, t.substring(eq + 1));
        if (name.contains("/")) {
            if (name.startsWith("/") || name.endsWith("/") || name.contains("//")) {
                throw new SweepException("attribute path '" + name + "' has an empty step: write OBJECT/feature/attribute.");
            }
            return new Axis(name, AxisKind.ATTRIBUTE, name, values);
        }
        int colon = name.indexOf(':');
        String keyword = colon < 0 ? name : name.substring(0, colon).trim();
        String target = colon < 0 ? null : name.substring(colon + 1).trim();
        AxisKind kind = AxisKind.ofKeyword(keyword);
        if (kind == null) {
            throw new SweepException("unknown axis '" + name + "': write " + SYNTAX + ".");
        }
        if (target != null && !kind.takesProcess()) {
            throw new SweepException("axis '" + name + "': " + keyword + " applies to the whole system and names no process.");
        }
        if (target != null && target.isEmpty()) {
            throw new SweepException("axis '" + name + "': name the process after the colon (" + keyword + ":app), or leave "
                    + "the colon out to mean the model's one application process.");
        }
        return new Axis(target == null ? keyword : keyword + ":" + target, kind, target, values);
    }

    /** The axis written back: {@code name=v1,v2,...} (ranges come back as lists). */
    public String text() {
        return name + "=" + String.join(",", values);
    }

    public int size() {
        return values.size();
    }

    public boolean numeric() {
        return AxisValues.numeric(values);
    }
}
