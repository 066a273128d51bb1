package coyotos.studio.sim.memory;

import coyotos.studio.sim.image.CapType;

/**
 * Run-time form of a capability: the target is an index into the object table of its kind, so the
 * translation walk never hashes strings.
 */
public final class Cap {
    public static final Cap NULL = new Cap(CapType.NULL, -1, 0, 0, 64, 0);

    public final CapType type;
    public final int target;
    public final int restr;
    public final long match;
    public final int l2g;
    public final long payload;

    public Cap(CapType type, int target, int restr, long match, int l2g, long payload) {
        this.type = type;
        this.target = target;
        this.restr = restr;
        this.match = match;
        this.l2g = l2g;
        this.payload = payload;
    }

    /** Value identity: two processes holding equal space capabilities share one address space. */
    public boolean sameValue(Cap o) {
        return type == o.type && target == o.target && restr == o.restr && match == o.match && l2g == o.l2g;
    }

    @Override
    public String toString() {
        return type + "#" + target + (restr != 0 ? "/r" + restr : "") + (l2g < 64 ? "/g" + match + "@" + l2g : "");
    }
}
