package coyotos.studio.x86.cpu;

import java.util.Arrays;

/**
 * The architectural state of one IA-32 user-mode thread: the eight general registers, EIP, EFLAGS, the six
 * segment registers (selector and the base from its descriptor) and a time-stamp counter. The host reads and
 * writes it between runs; {@link #copy()} snapshots it (a debugger steps backwards by snapshot and replay, and
 * execution is deterministic given the state, the memory and the host's answers).
 *
 * <p>Arithmetic flags are kept lazily (the last flag-setting operation's kind, operands and result) and
 * computed when read, so {@link #eflags()} is the architectural value and equality compares that.
 */
public final class CpuState {
    public static final int EAX = 0, ECX = 1, EDX = 2, EBX = 3, ESP = 4, EBP = 5, ESI = 6, EDI = 7;
    public static final int ES = 0, CS = 1, SS = 2, DS = 3, FS = 4, GS = 5;

    public static final int CF = 0x1, PF = 0x4, AF = 0x10, ZF = 0x40, SF = 0x80, TF = 0x100, IF = 0x200,
            DF = 0x400, OF = 0x800, IOPL = 0x3000, NT = 0x4000, RF = 0x10000, VM = 0x20000, AC = 0x40000,
            VIF = 0x80000, VIP = 0x100000, ID = 0x200000;
    /** The six arithmetic flags. */
    public static final int ARITH = CF | PF | AF | ZF | SF | OF;
    /** EFLAGS bits POPF and IRET may change at CPL 3 with IOPL 0 (IF only when IOPL is 3; IOPL, VM, VIF, VIP never). */
    public static final int USER_WRITABLE = ARITH | TF | DF | NT | AC | ID;
    /** Bit 1 of EFLAGS always reads as 1. */
    static final int FIXED_ONES = 0x2;
    /** Bits that exist in a 32-bit IA-32 EFLAGS. */
    static final int DEFINED = ARITH | TF | IF | DF | IOPL | NT | RF | VM | AC | VIF | VIP | ID | FIXED_ONES;

    private static final String[] NAMES = {"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"};
    private static final String[] SEG_NAMES = {"es", "cs", "ss", "ds", "fs", "gs"};

    /** Registers 0-7; entry 8 is always zero (the decoder's "no register" in address arithmetic). */
    final int[] r = new int[9];
    int eip;
    /** EFLAGS; its arithmetic bits are valid only while {@link #lazy} is {@link Flags#NONE}. */
    int eflags = FIXED_ONES | IF;
    int lazy;
    int res, a, b;
    final int[] sel = new int[6];
    final int[] segBase = new int[6];
    long timeStamp;

    public CpuState() {
    }

    public int reg(int i) {
        return r[check(i)];
    }

    public void setReg(int i, int value) {
        r[check(i)] = value;
    }

    private static int check(int i) {
        if (i < 0 || i > 7) {
            throw new IllegalArgumentException("register " + i + " (0-7)");
        }
        return i;
    }

    public int eip() {
        return eip;
    }

    public void setEip(int eip) {
        this.eip = eip;
    }

    /** EFLAGS as PUSHF would store it (with RF and VM clear, as PUSHF stores them). */
    public int eflags() {
        return Flags.materialize(this);
    }

    /** Sets every defined EFLAGS bit (the host may set IOPL, IF or TF; reserved bits are ignored). */
    public void setEflags(int value) {
        eflags = (value & DEFINED) | FIXED_ONES;
        lazy = Flags.NONE;
    }

    public int selector(int seg) {
        return sel[seg];
    }

    /** The segment's base, from the descriptor its selector named when it was loaded. */
    public int segmentBase(int seg) {
        return segBase[seg];
    }

    /**
     * Loads a segment register as the kernel does on dispatch (no descriptor checks). Only FS and GS may have
     * a base other than 0: CS, SS, DS and ES are flat, as every Coyotos user segment is.
     */
    public void setSegment(int seg, int selector, int base) {
        if (base != 0 && seg != FS && seg != GS) {
            throw new IllegalArgumentException(segmentName(seg) + " is flat here: its base must be 0, not 0x"
                    + Integer.toHexString(base));
        }
        sel[seg] = selector & 0xffff;
        segBase[seg] = base;
    }

    /** The time-stamp counter RDTSC reads: advanced by one per retired instruction unless the host sets it. */
    public long timeStamp() {
        return timeStamp;
    }

    public void setTimeStamp(long value) {
        timeStamp = value;
    }

    public CpuState copy() {
        CpuState c = new CpuState();
        c.copyFrom(this);
        return c;
    }

    public void copyFrom(CpuState o) {
        System.arraycopy(o.r, 0, r, 0, 8);
        eip = o.eip;
        eflags = o.eflags;
        lazy = o.lazy;
        res = o.res;
        a = o.a;
        b = o.b;
        System.arraycopy(o.sel, 0, sel, 0, 6);
        System.arraycopy(o.segBase, 0, segBase, 0, 6);
        timeStamp = o.timeStamp;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CpuState s && Arrays.equals(r, s.r) && eip == s.eip && eflags() == s.eflags()
                && Arrays.equals(sel, s.sel) && Arrays.equals(segBase, s.segBase) && timeStamp == s.timeStamp;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(r) * 31 + eip * 17 + eflags();
    }

    public static String registerName(int i) {
        return NAMES[i];
    }

    public static String segmentName(int seg) {
        return SEG_NAMES[seg];
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            sb.append(NAMES[i]).append(String.format("=%08x ", r[i]));
        }
        sb.append(String.format("eip=%08x eflags=%08x", eip, eflags()));
        for (int s = 0; s < 6; s++) {
            if (sel[s] != 0 || segBase[s] != 0) {
                sb.append(String.format(" %s=%04x", SEG_NAMES[s], sel[s]));
                if (segBase[s] != 0) {
                    sb.append(String.format("@%08x", segBase[s]));
                }
            }
        }
        return sb.toString();
    }
}
