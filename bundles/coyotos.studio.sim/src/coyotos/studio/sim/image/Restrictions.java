package coyotos.studio.sim.image;

/**
 * The restriction field of memory capabilities, in the kernel's encoding ({@code obstore/capability.h},
 * {@code idl/Memory.idl}: WK 0x01, RO 0x02, NX 0x04, OP 0x08, NC 0x10, five bits). Spec 0.6 §4.1.1 gives a
 * different four-bit encoding (RO 0x1, NX 0x2, WK 0x4, OP 0x8) and has no no-call bit; {@link #toSpec} converts
 * for display. The simulator, its events and its exports use the kernel's encoding.
 */
public final class Restrictions {
    /** Weak: capability loads come back downgraded, stores fault with AccessViolation. */
    public static final int WK = 0x01;
    /** Read-only: stores through the path fault with AccessViolation. */
    public static final int RO = 0x02;
    /** No-execute: instruction fetches fault with NoExecute where the CPU and kernel enable NX. */
    public static final int NX = 0x04;
    /** Opaque: the structure cannot be read or changed through this capability; translation still works. */
    public static final int OP = 0x08;
    /** No-call: no memory handler is called below this capability (Memory.idl; kern_Process.c:290-292). */
    public static final int NC = 0x10;
    public static final int ALL = WK | RO | NX | OP | NC;

    private Restrictions() {
    }

    /** "RO NX" style, kernel bits in kernel order. */
    public static String describe(int r) {
        if (r == 0) {
            return "-";
        }
        StringBuilder sb = new StringBuilder();
        if ((r & WK) != 0) sb.append("WK ");
        if ((r & RO) != 0) sb.append("RO ");
        if ((r & NX) != 0) sb.append("NX ");
        if ((r & OP) != 0) sb.append("OP ");
        if ((r & NC) != 0) sb.append("NC ");
        return sb.toString().trim();
    }

    /** The same restrictions in the spec's §4.1.1 encoding; NC has no spec bit and is dropped. */
    public static int toSpec(int kernel) {
        return ((kernel & RO) != 0 ? 0x1 : 0) | ((kernel & NX) != 0 ? 0x2 : 0) | ((kernel & WK) != 0 ? 0x4 : 0)
                | ((kernel & OP) != 0 ? 0x8 : 0);
    }

    /** "0x12 (kernel; spec §4.1.1: 0x1, no NC bit)": both encodings, so nobody mistakes one for the other. */
    public static String bothEncodings(int kernel) {
        return String.format("0x%x (kernel encoding; spec §4.1.1 encoding 0x%x%s)", kernel, toSpec(kernel),
                (kernel & NC) != 0 ? ", which has no no-call bit" : "");
    }
}
