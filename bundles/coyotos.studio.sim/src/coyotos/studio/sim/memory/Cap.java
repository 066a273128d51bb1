package coyotos.studio.sim.memory;

import coyotos.studio.sim.image.CapType;

/**
 * Run-time form of a capability: the target is an index into the object table of its kind, so the
 * translation walk never hashes strings. Windows carry their {@code offset} and, for a local window, the
 * {@code slot} of the containing GPT.
 */
public final class Cap {
    public static final Cap NULL = new Cap(CapType.NULL, -1, 0, 0, 64, 0);

    public final CapType type;
    public final int target;
    public final int restr;
    public final long match;
    public final int l2g;
    public final long payload;
    public final long offset;
    public final int slot;

    public Cap(CapType type, int target, int restr, long match, int l2g, long payload, long offset, int slot) {
        this.type = type;
        this.target = target;
        this.restr = restr;
        this.match = match;
        this.l2g = l2g;
        this.payload = payload;
        this.offset = offset;
        this.slot = slot;
    }

    public Cap(CapType type, int target, int restr, long match, int l2g, long payload) {
        this(type, target, restr, match, l2g, payload, 0, 0);
    }

    /** Value identity: two processes holding equal space capabilities share one address space. */
    public boolean sameValue(Cap o) {
        return type == o.type && target == o.target && restr == o.restr && match == o.match && l2g == o.l2g
                && offset == o.offset && slot == o.slot;
    }

    @Override
    public String toString() {
        return type + "#" + target + (restr != 0 ? "/r" + restr : "") + (l2g < 64 ? "/g" + match + "@" + l2g : "");
    }
}
