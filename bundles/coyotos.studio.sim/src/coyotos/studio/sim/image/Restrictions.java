package coyotos.studio.sim.image;

/** The 4-bit restriction field of memory capabilities (spec §4.2 "Memory Capabilities"). */
public final class Restrictions {
    /** Read-only: stores through the path fault with AccessViolation. */
    public static final int RO = 0x1;
    /** No-execute: instruction fetches fault with NoExecute. */
    public static final int NX = 0x2;
    /** Weak: capability loads come back downgraded, stores fault. */
    public static final int WK = 0x4;
    /** Opaque: the structure cannot be read or changed through this capability; translation still works. */
    public static final int OP = 0x8;
    public static final int ALL = RO | NX | WK | OP;

    private Restrictions() {
    }

    public static String describe(int r) {
        if (r == 0) {
            return "-";
        }
        StringBuilder sb = new StringBuilder();
        if ((r & RO) != 0) sb.append("RO ");
        if ((r & NX) != 0) sb.append("NX ");
        if ((r & WK) != 0) sb.append("WK ");
        if ((r & OP) != 0) sb.append("OP ");
        return sb.toString().trim();
    }
}
