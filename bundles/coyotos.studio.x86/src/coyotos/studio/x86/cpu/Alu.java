package coyotos.studio.x86.cpu;

import static coyotos.studio.x86.cpu.CpuState.CF;
import static coyotos.studio.x86.cpu.CpuState.OF;

import coyotos.studio.x86.decode.Op;

/**
 * Integer arithmetic with its flags (Intel SDM Vol. 2 for each instruction): results are returned (the caller
 * stores them at the operand size), flags are recorded lazily in the state (see {@link Flags}). Operands may
 * carry bits above the operand size; every flag formula masks them.
 */
final class Alu {
    private Alu() {
    }

    private static void record(CpuState s, int kind, int size, int res, int a, int b) {
        s.lazy = kind << 3 | size;
        s.res = Flags.sext(res, size);
        s.a = a;
        s.b = b;
    }

    static void logic(CpuState s, int size, int res) {
        s.lazy = Flags.LOGIC << 3 | size;
        s.res = Flags.sext(res, size);
    }

    // The hot 32-bit forms, small enough for the JIT to inline into the interpreter's loop.

    static int add32(CpuState s, int a, int b) {
        int v = a + b;
        s.lazy = Flags.ADD32;
        s.res = v;
        s.a = a;
        s.b = b;
        return v;
    }

    /** SUB, and CMP (which ignores the result). */
    static int sub32(CpuState s, int a, int b) {
        int v = a - b;
        s.lazy = Flags.SUB32;
        s.res = v;
        s.a = a;
        s.b = b;
        return v;
    }

    /** AND, OR, XOR, TEST: the flags of the result {@code v}. */
    static int logic32(CpuState s, int v) {
        s.lazy = Flags.LOGIC32;
        s.res = v;
        return v;
    }

    /** SHL, SHR, SAR of {@code a} by a count of 1-31 whose result is {@code v}. */
    static int shift32(CpuState s, int kind, int a, int count, int v) {
        s.lazy = kind << 3 | 4;
        s.res = v;
        s.a = a;
        s.b = count;
        return v;
    }

    /** ADD OR ADC SBB AND SUB XOR CMP on 32-bit operands. */
    static int alu32(CpuState s, int op, int a, int b) {
        int res;
        switch (op) {
            case Op.ADD:
                res = a + b;
                s.lazy = Flags.ADD32;
                break;
            case Op.OR:
                res = a | b;
                s.lazy = Flags.LOGIC32;
                s.res = res;
                return res;
            case Op.ADC: {
                int c = Flags.cf(s) ? 1 : 0;
                res = a + b + c;
                s.lazy = c != 0 ? Flags.ADC << 3 | 4 : Flags.ADD32;
                break;
            }
            case Op.SBB: {
                int c = Flags.cf(s) ? 1 : 0;
                res = a - b - c;
                s.lazy = c != 0 ? Flags.SBB << 3 | 4 : Flags.SUB32;
                break;
            }
            case Op.AND:
                res = a & b;
                s.lazy = Flags.LOGIC32;
                s.res = res;
                return res;
            case Op.XOR:
                res = a ^ b;
                s.lazy = Flags.LOGIC32;
                s.res = res;
                return res;
            default: // SUB, CMP
                res = a - b;
                s.lazy = Flags.SUB32;
                break;
        }
        s.res = res;
        s.a = a;
        s.b = b;
        return res;
    }

    /** The same at any operand size. */
    static int alu(CpuState s, int op, int size, int a, int b) {
        if (size == 4) {
            return alu32(s, op, a, b);
        }
        int res;
        switch (op) {
            case Op.ADD:
                res = a + b;
                record(s, Flags.ADD, size, res, a, b);
                return res;
            case Op.OR:
                res = a | b;
                logic(s, size, res);
                return res;
            case Op.ADC: {
                int c = Flags.cf(s) ? 1 : 0;
                res = a + b + c;
                record(s, c != 0 ? Flags.ADC : Flags.ADD, size, res, a, b);
                return res;
            }
            case Op.SBB: {
                int c = Flags.cf(s) ? 1 : 0;
                res = a - b - c;
                record(s, c != 0 ? Flags.SBB : Flags.SUB, size, res, a, b);
                return res;
            }
            case Op.AND:
                res = a & b;
                logic(s, size, res);
                return res;
            case Op.XOR:
                res = a ^ b;
                logic(s, size, res);
                return res;
            default:
                res = a - b;
                record(s, Flags.SUB, size, res, a, b);
                return res;
        }
    }

    static int inc(CpuState s, int size, int a) {
        int res = a + 1;
        Flags.incDec(s, Flags.INC, size, res);
        return res;
    }

    static int dec(CpuState s, int size, int a) {
        int res = a - 1;
        Flags.incDec(s, Flags.DEC, size, res);
        return res;
    }

    static int neg(CpuState s, int size, int a) {
        int res = -a;
        record(s, Flags.NEG, size, res, a, 0);
        return res;
    }

    /**
     * Group-2 shifts and rotates by {@code count} (masked to 5 bits here, as the CPU does). A masked count of 0
     * changes neither the operand nor the flags.
     */
    static int shift(CpuState s, int kind, int size, int a, int count) {
        count &= 0x1f;
        if (count == 0) {
            return a;
        }
        int bits = size * 8;
        int m = Flags.mask(size);
        a &= m;
        switch (kind) {
            case Op.SHL:
            case Op.SAL: {
                int res = a << count;
                record(s, Flags.SHL, size, res, a, count);
                return res;
            }
            case Op.SHR: {
                int res = a >>> count;
                record(s, Flags.SHR, size, res, a, count);
                return res;
            }
            case Op.SAR: {
                int res = Flags.sext(a, size) >> count;
                record(s, Flags.SAR, size, res, a, count);
                return res;
            }
            case Op.ROL: {
                int n = count % bits;
                int res = bits == 32 ? Integer.rotateLeft(a, n) : ((a << n) | (a >>> (bits - n))) & m;
                int cf = res & 1;
                int of = ((res >>> (bits - 1)) & 1) ^ cf;
                Flags.set(s, CF | OF, cf | of << 11);
                return res;
            }
            case Op.ROR: {
                int n = count % bits;
                int res = bits == 32 ? Integer.rotateRight(a, n) : ((a >>> n) | (a << (bits - n))) & m;
                int msb = (res >>> (bits - 1)) & 1;
                int of = msb ^ ((res >>> (bits - 2)) & 1);
                Flags.set(s, CF | OF, msb | of << 11);
                return res;
            }
            case Op.RCL: {
                int n = bits == 32 ? count : count % (bits + 1);
                if (n == 0) {
                    return a;
                }
                long carry = Flags.cf(s) ? 1 : 0;
                long ua = a & 0xffffffffL;
                long wide = (ua << n) | (carry << (n - 1)) | (n > 1 ? ua >>> (bits + 1 - n) : 0);
                int res = (int) wide & m;
                int cf = (int) (ua >>> (bits - n)) & 1;
                int of = (((a ^ res) >>> (bits - 1)) & 1);
                Flags.set(s, CF | OF, cf | of << 11);
                return res;
            }
            default: { // RCR
                int n = bits == 32 ? count : count % (bits + 1);
                if (n == 0) {
                    return a;
                }
                long carry = Flags.cf(s) ? 1 : 0;
                long ua = a & 0xffffffffL;
                long wide = (ua >>> n) | (carry << (bits - n)) | (n > 1 ? ua << (bits + 1 - n) : 0);
                int res = (int) wide & m;
                int cf = (int) (ua >>> (n - 1)) & 1;
                int of = (((a ^ res) >>> (bits - 1)) & 1);
                Flags.set(s, CF | OF, cf | of << 11);
                return res;
            }
        }
    }

    /**
     * SHLD/SHRD: {@code dst} shifted by {@code count} (masked to 5 bits) with bits from {@code src} coming in.
     * For a 16-bit operand and a count above 16 (undefined in the SDM) this gives the A:B:A result real
     * processors and qemu give.
     */
    static int doubleShift(CpuState s, boolean right, int size, int dst, int src, int count) {
        count &= 0x1f;
        if (count == 0) {
            return dst;
        }
        int bits = size * 8;
        long value;
        long last;
        int res;
        if (size == 4) {
            long ud = dst & 0xffffffffL;
            long us = src & 0xffffffffL;
            if (right) {
                value = ud | us << 32;
                last = ud >>> (count - 1);
                res = (int) (value >>> count);
            } else {
                value = us | ud << 32;
                last = (value << (count - 1)) >>> 32;
                res = (int) ((value << count) >>> 32);
            }
        } else {
            int d = dst & 0xffff;
            int sv = src & 0xffff;
            if (right) {
                int t0 = d | sv << 16;
                last = (t0 >>> (count - 1)) & 0xffffffffL;
                res = (t0 >>> count) | (d << (32 - count));
            } else {
                int t1 = d | sv << 16;
                long tmp0 = ((long) d << (count - 1)) | ((t1 & 0xffffffffL) >>> (33 - count));
                last = tmp0;
                res = (d << count) | (t1 >>> (32 - count));
            }
        }
        int cf = right ? (int) (last & 1) : (int) (last >>> (bits - 1)) & 1;
        int of = (int) (((last ^ res) >>> (bits - 1)) & 1);
        int f = cf | of << 11;
        int sres = Flags.sext(res, size);
        if (Flags.parity(sres)) {
            f |= CpuState.PF;
        }
        if (sres == 0) {
            f |= CpuState.ZF;
        }
        if (sres < 0) {
            f |= CpuState.SF;
        }
        Flags.set(s, CpuState.ARITH, f);
        return res;
    }

    /** Records the flags of a multiplication: SF, ZF, PF from the low half, CF = OF = {@code overflow}. */
    static void multiplied(CpuState s, int size, int low, boolean overflow) {
        record(s, Flags.MUL, size, low, 0, overflow ? 1 : 0);
    }

    /** IMUL r, r/m (, imm): the truncated signed product. */
    static int imul(CpuState s, int size, int a, int b) {
        long p = (long) Flags.sext(a, size) * Flags.sext(b, size);
        int low = (int) p;
        multiplied(s, size, low, p != Flags.sext(low, size));
        return low;
    }
}
