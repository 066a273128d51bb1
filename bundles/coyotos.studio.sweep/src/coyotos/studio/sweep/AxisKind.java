package coyotos.studio.sweep;

/**
 * What an axis varies. The built-in axes have a fixed name; any other name is a path to an attribute of the
 * model ({@link coyotos.studio.sweep.model.AttributePath}).
 */
public enum AxisKind {
    /** The CPU cost profile the run uses (a built-in profile or the model's own). */
    PROFILE("profile"),
    /** The kernel variant the run simulates. */
    KERNEL("kernel"),
    /** How one process's faults are handled ({@link coyotos.studio.sweep.model.HandlerDesign}). */
    DESIGN("design"),
    /** How many copies of one process run, each with its own space and the same handler wiring. */
    REPLICATE("replicate"),
    /** A numeric, boolean or enumerated attribute of a model element. */
    ATTRIBUTE("attribute");

    private final String keyword;

    AxisKind(String keyword) {
        this.keyword = keyword;
    }

    /** How the axis is written on the command line and in files. */
    public String keyword() {
        return keyword;
    }

    /** The axes that act on one process and may name it ({@code replicate:app}). */
    public boolean takesProcess() {
        return this == DESIGN || this == REPLICATE;
    }

    public static AxisKind ofKeyword(String word) {
        for (AxisKind k : values()) {
            if (k != ATTRIBUTE && k.keyword.equals(word)) {
                return k;
            }
        }
        return null;
    }
}
