package coyotos.studio.x86.cpu;

import static coyotos.studio.x86.cpu.CpuState.AF;
import static coyotos.studio.x86.cpu.CpuState.ARITH;
import static coyotos.studio.x86.cpu.CpuState.CF;
import static coyotos.studio.x86.cpu.CpuState.OF;
import static coyotos.studio.x86.cpu.CpuState.PF;
import static coyotos.studio.x86.cpu.CpuState.SF;
import static coyotos.studio.x86.cpu.CpuState.ZF;

/**
 * Lazy arithmetic flags: a flag-setting instruction records what it did ({@code lazy} = kind and operand size,
 * {@code res} = the result sign-extended from the operand size, {@code a}, {@code b} = operands) and a flag is
 * computed only when something reads it (Jcc, SETcc, ADC, PUSHF, ...). CF of every kind follows from the kind
 * and the operands alone, so INC and DEC, which keep CF, record only their result and the kind that set CF
 * (bits 8-15 of {@code lazy}), leaving that operation's operands in place. The formulas are the SDM's flag
 * definitions; where the SDM leaves a flag undefined the value chosen is the one noted on the kind, which is
 * what qemu-i386 (the differential tests' reference) produces:
 * <ul>
 * <li>AND/OR/XOR/TEST: AF = 0;</li>
 * <li>SHL/SHR/SAR: AF = 0; OF for counts above 1 by the count-1 formula (CF xor MSB for SHL, 0 for SAR, the
 * top bit of the last two stages for SHR);</li>
 * <li>MUL/IMUL: SF, ZF, PF from the low half of the product, AF = 0;</li>
 * <li>BSF/BSR: as a logical operation on the source (ZF set when it is zero, CF = OF = AF = 0).</li>
 * </ul>
 */
final class Flags {
    private Flags() {
    }

    static final int NONE = 0;
    static final int ADD = 1, ADC = 2, SUB = 3, SBB = 4, LOGIC = 5, INC = 6, DEC = 7, NEG = 8, SHL = 9, SHR = 10,
            SAR = 11, MUL = 12;

    static int kind(int kind, int size) {
        return kind << 3 | size;
    }

    static final int ADD32 = ADD << 3 | 4, SUB32 = SUB << 3 | 4, LOGIC32 = LOGIC << 3 | 4, INC32 = INC << 3 | 4,
            DEC32 = DEC << 3 | 4;

    static int mask(int size) {
        return size == 4 ? -1 : (1 << (size * 8)) - 1;
    }

    static int sign(int size) {
        return 1 << (size * 8 - 1);
    }

    /** The value sign-extended from {@code size} bytes. */
    static int sext(int v, int size) {
        return size == 4 ? v : size == 2 ? (short) v : (byte) v;
    }

    static int kindOf(int lazy) {
        return (lazy >>> 3) & 31;
    }

    static boolean cf(CpuState s) {
        int l = s.lazy;
        int k = kindOf(l);
        return carry(s, k == INC || k == DEC ? l >>> 8 : l);
    }

    /** CF as left by operation {@code l} (kind and size) with the operands in {@code s.a}, {@code s.b}. */
    private static boolean carry(CpuState s, int l) {
        int size = l & 7;
        int m = mask(size);
        switch (kindOf(l)) {
            case NONE:
                return (s.eflags & CF) != 0;
            case ADD:
                return Integer.compareUnsigned((s.a + s.b) & m, s.a & m) < 0;
            case ADC:
                return Integer.compareUnsigned((s.a + s.b + 1) & m, s.a & m) <= 0;
            case SUB:
                return Integer.compareUnsigned(s.a & m, s.b & m) < 0;
            case SBB:
                return Integer.compareUnsigned(s.a & m, s.b & m) <= 0;
            case MUL:
                return s.b != 0;
            case NEG:
                return (s.a & m) != 0;
            case SHL:
                return ((((long) (s.a & m)) << s.b) >>> (size * 8) & 1) != 0;
            case SHR:
                return (((s.a & m) >>> (s.b - 1)) & 1) != 0;
            case SAR:
                return ((sext(s.a, size) >> (s.b - 1)) & 1) != 0;
            default:
                return false;
        }
    }

    /** Records INC or DEC: the result, and which operation's CF stays. */
    static void incDec(CpuState s, int kind, int size, int res) {
        int l = s.lazy;
        int k = kindOf(l);
        int carrySource = k == INC || k == DEC ? l & 0xff00 : (l & 0xff) << 8;
        s.lazy = carrySource | kind << 3 | size;
        s.res = sext(res, size);
    }

    static boolean of(CpuState s) {
        int l = s.lazy;
        if (l == NONE) {
            return (s.eflags & OF) != 0;
        }
        int size = l & 7;
        int sign = sign(size);
        switch (kindOf(l)) {
            case ADD:
            case ADC:
                return ((s.a ^ s.res) & (s.b ^ s.res) & sign) != 0;
            case SUB:
            case SBB:
                return ((s.a ^ s.b) & (s.a ^ s.res) & sign) != 0;
            case INC:
            case NEG:
                return (s.res & mask(size)) == sign;
            case DEC:
                return (s.res & mask(size)) == sign - 1;
            case SHL:
                return cf(s) != (s.res < 0);
            case SHR: {
                int x = (s.a & mask(size)) >>> (s.b - 1);
                return ((x ^ (x >>> 1)) & sign) != 0;
            }
            case MUL:
                return s.b != 0;
            default:
                return false;
        }
    }

    static boolean af(CpuState s) {
        int l = s.lazy;
        if (l == NONE) {
            return (s.eflags & AF) != 0;
        }
        switch (kindOf(l)) {
            case ADD:
            case ADC:
            case SUB:
            case SBB:
                return ((s.a ^ s.b ^ s.res) & 0x10) != 0;
            case INC:
                return (s.res & 0xf) == 0;
            case DEC:
                return (s.res & 0xf) == 0xf;
            case NEG:
                return ((s.a ^ s.res) & 0x10) != 0;
            default:
                return false;
        }
    }

    static boolean zf(CpuState s) {
        return s.lazy == NONE ? (s.eflags & ZF) != 0 : s.res == 0;
    }

    static boolean sf(CpuState s) {
        return s.lazy == NONE ? (s.eflags & SF) != 0 : s.res < 0;
    }

    static boolean pf(CpuState s) {
        return s.lazy == NONE ? (s.eflags & PF) != 0 : parity(s.res);
    }

    /** PF: set when the low byte has an even number of one bits. */
    static boolean parity(int v) {
        return (Integer.bitCount(v & 0xff) & 1) == 0;
    }

    /** Computes the arithmetic flags into {@code eflags} and drops the lazy record; returns EFLAGS. */
    static int materialize(CpuState s) {
        if (s.lazy != NONE) {
            int f = 0;
            if (cf(s)) {
                f |= CF;
            }
            if (parity(s.res)) {
                f |= PF;
            }
            if (af(s)) {
                f |= AF;
            }
            if (s.res == 0) {
                f |= ZF;
            }
            if (s.res < 0) {
                f |= SF;
            }
            if (of(s)) {
                f |= OF;
            }
            s.eflags = (s.eflags & ~ARITH) | f;
            s.lazy = NONE;
        }
        return s.eflags;
    }

    /** Sets the arithmetic flags given in {@code mask} to {@code values}, keeping the others. */
    static void set(CpuState s, int mask, int values) {
        materialize(s);
        s.eflags = (s.eflags & ~mask) | (values & mask);
    }

    /** Condition code {@code cc} (the low nibble of Jcc/SETcc/CMOVcc) over the current flags. */
    static boolean cond(CpuState s, int cc) {
        if (s.lazy == SUB32) {
            // CMP/SUB of 32-bit operands, the common case: compare the operands directly.
            int a = s.a;
            int b = s.b;
            boolean r = switch (cc >> 1) {
                case 0 -> ((a ^ b) & (a ^ s.res)) < 0;
                case 1 -> Integer.compareUnsigned(a, b) < 0;
                case 2 -> a == b;
                case 3 -> Integer.compareUnsigned(a, b) <= 0;
                case 4 -> s.res < 0;
                case 5 -> parity(s.res);
                case 6 -> a < b;
                default -> a <= b;
            };
            return r ^ ((cc & 1) != 0);
        }
        boolean r = switch (cc >> 1) {
            case 0 -> of(s);
            case 1 -> cf(s);
            case 2 -> zf(s);
            case 3 -> cf(s) || zf(s);
            case 4 -> sf(s);
            case 5 -> pf(s);
            case 6 -> sf(s) != of(s);
            default -> zf(s) || sf(s) != of(s);
        };
        return r ^ ((cc & 1) != 0);
    }
}
