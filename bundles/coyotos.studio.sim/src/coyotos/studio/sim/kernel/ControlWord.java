package coyotos.studio.sim.kernel;

/**
 * Parameter word 0 of a Coyotos system call on IA-32 (in EAX), its fields as {@code sys/coyotos/syscall.h}
 * lays them out: the system call number, and for InvokeCap the last data word, last sent and last received
 * capability, and the phase and transfer flags. The kernel rewrites it on completion (the receiver's word says
 * what arrived), so a program reads its results from it too.
 */
public final class ControlWord {
    public static final int SC_INVOKE_CAP = 0, SC_COPY_CAP = 2, SC_YIELD = 3;

    public static final int NR_MASK = 0x0000000f;
    public static final int LDW_MASK = 0x00000070;
    public static final int LSC_MASK = 0x00000180;
    public static final int LRC_MASK = 0x00000600;
    /** Transmit gather, accept scatter: reserved in the 2007 kernel (nothing implements them). */
    public static final int SG = 0x00000800, AS = 0x00001000;
    /** Non-blocking send. */
    public static final int NB = 0x00002000;
    /** Closed wait: receive only on the endpoint id given in the parameter block. */
    public static final int CW = 0x00004000;
    /** Receive phase, send phase. */
    public static final int RP = 0x00008000, SP = 0x00010000;
    /** Reply capability: sent capability 0, an endpoint capability, goes out as an entry capability to it. */
    public static final int RC = 0x00020000;
    /** Send capabilities, accept capabilities. */
    public static final int SC = 0x00040000, AC = 0x00080000;
    /** Copy out the soft parameter words to the parameter block on completion (IA-32 only). */
    public static final int CO = 0x00100000;
    /** Exceptional return: the reply carries an exception code. */
    public static final int EX = 0x00200000;
    /** Bits a receiver's control word keeps when a message arrives (IPW0_PRESERVE). */
    public static final int PRESERVE = LRC_MASK | AS | AC | CO;

    private ControlWord() {
    }

    public static int nr(int w) {
        return w & NR_MASK;
    }

    /** Last data word sent (0-7): words 1..ldw go with the message. */
    public static int ldw(int w) {
        return (w & LDW_MASK) >>> 4;
    }

    public static int lsc(int w) {
        return (w & LSC_MASK) >>> 7;
    }

    public static int lrc(int w) {
        return (w & LRC_MASK) >>> 9;
    }

    public static int makeLdw(int n) {
        return (n & 7) << 4;
    }

    public static int makeLsc(int n) {
        return (n & 3) << 7;
    }

    /** "InvokeCap SP RP SC RC CW CO ldw 1 lsc 0": for the Trace. */
    public static String describe(int w) {
        StringBuilder sb = new StringBuilder();
        switch (nr(w)) {
            case SC_INVOKE_CAP -> sb.append("InvokeCap");
            case SC_COPY_CAP -> sb.append("CopyCap");
            case SC_YIELD -> sb.append("Yield");
            default -> sb.append("system call ").append(nr(w));
        }
        if (nr(w) != SC_INVOKE_CAP) {
            return sb.toString();
        }
        String[] names = {"SP", "RP", "NB", "CW", "SC", "RC", "AC", "CO", "EX"};
        int[] bits = {SP, RP, NB, CW, SC, RC, AC, CO, EX};
        for (int i = 0; i < bits.length; i++) {
            if ((w & bits[i]) != 0) {
                sb.append(' ').append(names[i]);
            }
        }
        sb.append(" ldw ").append(ldw(w));
        if ((w & SC) != 0) {
            sb.append(" lsc ").append(lsc(w));
        }
        if ((w & AC) != 0) {
            sb.append(" lrc ").append(lrc(w));
        }
        return sb.toString();
    }
}
