package coyotos.studio.mkimage.internal.image;

/**
 * A capability value, as mkimage manipulates it: immutable, compared by value (so {@code ==} between two
 * capabilities compares type, target object, restrictions, guard, payload and offset, as mkimage's memcmp does).
 *
 * @param target   the object designated: a Page, CapPage, Gpt, Process, or the Endpoint of an Endpoint, Entry or
 *                 AppNotice capability; null otherwise
 * @param restr    restriction bits ({@link Restr}), memory capabilities only
 * @param l2g      guard size, memory capabilities only (12..64)
 * @param match    guard match value (24 bits), memory capabilities only
 * @param payload  protected payload of Entry and AppNotice capabilities; the frame of a physical page
 * @param offset   window offset
 * @param slot     local window slot
 */
public record Cap(CapType type, ImageObject target, int restr, int l2g, long match, long payload, long offset, int slot) {

    public static final int PAGE_L2V = 12;
    public static final int MATCH_BITS = 24;
    public static final Cap NULL = new Cap(CapType.NULL, null, 0, 0, 0, 0, 0, 0);

    /** A fresh capability of {@code type} to {@code target}: no restrictions, guard 0 over one page (CoyImage::CiCap). */
    public static Cap of(CapType type, ImageObject target) {
        return new Cap(type, target, 0, type.isMemory() ? PAGE_L2V : 0, 0, 0, 0, 0);
    }

    public static Cap misc(CapType type) {
        return of(type, null);
    }

    public boolean isNull() {
        return type == CapType.NULL;
    }

    public Cap withType(CapType t) {
        return new Cap(t, target, restr, l2g, match, payload, offset, slot);
    }

    public Cap withRestr(int r) {
        return new Cap(type, target, r, l2g, match, payload, offset, slot);
    }

    public Cap withGuard(int newL2g, long newMatch) {
        return new Cap(type, target, restr, newL2g, newMatch, payload, offset, slot);
    }

    public Cap withPayload(long p) {
        return new Cap(type, target, restr, l2g, match, p, offset, slot);
    }

    public Cap withTarget(ImageObject t) {
        return new Cap(type, t, restr, l2g, match, payload, offset, slot);
    }

    public Cap withWindow(long off, int s) {
        return new Cap(type, target, restr, l2g, match, payload, off, s);
    }

    /** The guard as an address: match shifted up by l2g (libcoyimage cap_guard); 0 for l2g 64. */
    public long guard() {
        return type.isMemory() ? Bits.shiftUp(match, l2g) : 0;
    }

    /** The endpoint an Endpoint, Entry or AppNotice capability designates, or null. */
    public Endpoint endpoint() {
        return target instanceof Endpoint e ? e : null;
    }

    /** {@code { RO NX Page(ty=33) oid=0x3 match=0x0 l2g=12 }}, after libcoyimage's operator<< for capabilities. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("{");
        if ((restr & Restr.RO) != 0) {
            s.append(" RO");
        }
        if ((restr & Restr.NX) != 0) {
            s.append(" NX");
        }
        if ((restr & Restr.WK) != 0) {
            s.append(" WK");
        }
        if (type == CapType.PHYS_PAGE) {
            if ((restr & Restr.CD) != 0) {
                s.append(" CD");
            }
        } else {
            if ((restr & Restr.OP) != 0) {
                s.append(" OP");
            }
            if ((restr & Restr.NC) != 0) {
                s.append(" NC");
            }
        }
        s.append(' ').append(type.mkimageName).append("(ty=").append(type.code).append(')');
        if (type == CapType.PHYS_PAGE) {
            s.append(" frame=0x").append(Long.toHexString(payload));
        } else if (target != null) {
            s.append(" oid=0x").append(Long.toHexString(target.oid()));
        } else if (type.isWindow()) {
            s.append(" offset=0x").append(Long.toHexString(offset));
        }
        if (type.isEntry()) {
            s.append(" pp=").append(payload);
        } else if (type.isMemory()) {
            s.append(" match=0x").append(Long.toHexString(match)).append(" l2g=").append(l2g);
        }
        return s.append(" }").toString();
    }
}
