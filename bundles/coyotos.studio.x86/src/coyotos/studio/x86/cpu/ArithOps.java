package coyotos.studio.x86.cpu;

import static coyotos.studio.x86.cpu.CpuState.AF;
import static coyotos.studio.x86.cpu.CpuState.CF;
import static coyotos.studio.x86.cpu.CpuState.EAX;
import static coyotos.studio.x86.cpu.CpuState.EDX;

import coyotos.studio.x86.decode.Insn;
import coyotos.studio.x86.decode.Op;

/**
 * Multiplication and division on the accumulator, the BCD adjustments, sign extensions of the accumulator and
 * the flag instructions. DIV and IDIV leave the flags as they were (the SDM leaves them undefined) and raise
 * #DE, changing nothing, when the divisor is zero or the quotient does not fit.
 */
final class ArithOps {
    private final Core c;

    ArithOps(Core core) {
        this.c = core;
    }

    private int loadE(Insn in) {
        return in.mem ? c.read(c.ea(in), in.size) : c.getReg(in.size, in.rm);
    }

    /** MUL / one-operand IMUL: EDX:EAX (DX:AX, AX) = accumulator * E. */
    void multiply(Insn in, boolean signed) {
        int[] r = c.r;
        int src = loadE(in);
        switch (in.size) {
            case 1: {
                int a = r[EAX] & 0xff;
                int p = signed ? (byte) a * (byte) src : a * (src & 0xff);
                c.setReg(2, EAX, p);
                Alu.multiplied(c.s, 1, p, signed ? p != (byte) p : (p & 0xff00) != 0);
                break;
            }
            case 2: {
                int a = r[EAX] & 0xffff;
                int p = signed ? (short) a * (short) src : a * (src & 0xffff);
                c.setReg(2, EAX, p);
                c.setReg(2, EDX, p >>> 16);
                Alu.multiplied(c.s, 2, p, signed ? p != (short) p : (p >>> 16) != 0);
                break;
            }
            default: {
                long p = signed ? (long) r[EAX] * src : (r[EAX] & 0xffffffffL) * (src & 0xffffffffL);
                r[EAX] = (int) p;
                r[EDX] = (int) (p >>> 32);
                Alu.multiplied(c.s, 4, (int) p, signed ? p != (int) p : (p >>> 32) != 0);
                break;
            }
        }
    }

    void divide(Insn in, boolean signed) {
        int[] r = c.r;
        int size = in.size;
        int src = loadE(in) & Flags.mask(size);
        if (src == 0) {
            throw c.fault(Vector.DE, 0);
        }
        if (size == 4) {
            long dividend = ((long) r[EDX] << 32) | (r[EAX] & 0xffffffffL);
            long q;
            long rem;
            if (signed) {
                if (dividend == Long.MIN_VALUE && src == -1) {
                    throw c.fault(Vector.DE, 0);
                }
                q = dividend / src;
                rem = dividend % src;
                if (q != (int) q) {
                    throw c.fault(Vector.DE, 0);
                }
            } else {
                long d = src & 0xffffffffL;
                q = Long.divideUnsigned(dividend, d);
                rem = Long.remainderUnsigned(dividend, d);
                if ((q >>> 32) != 0) {
                    throw c.fault(Vector.DE, 0);
                }
            }
            r[EAX] = (int) q;
            r[EDX] = (int) rem;
            return;
        }
        int bits = size * 8;
        int dividend = size == 1 ? r[EAX] & 0xffff : ((r[EDX] & 0xffff) << 16) | (r[EAX] & 0xffff);
        int q;
        int rem;
        if (signed) {
            int num = size == 1 ? (short) dividend : dividend;
            int den = Flags.sext(src, size);
            q = num / den;
            rem = num % den;
            if (q != Flags.sext(q, size)) {
                throw c.fault(Vector.DE, 0);
            }
        } else {
            long num = dividend & 0xffffffffL;
            q = (int) (num / src);
            rem = (int) (num % src);
            if ((q >>> bits) != 0) {
                throw c.fault(Vector.DE, 0);
            }
        }
        if (size == 1) {
            c.setReg(2, EAX, (q & 0xff) | (rem & 0xff) << 8);
        } else {
            c.setReg(2, EAX, q);
            c.setReg(2, EDX, rem);
        }
    }

    /**
     * DAA, DAS, AAA, AAS, AAM, AAD as the SDM's pseudocode gives them (AAA/AAS adjust AX by 0x106 as current
     * processors do). Undefined flags: DAA/DAS clear OF; AAA/AAS keep OF, SF, ZF, PF; AAM/AAD clear CF, AF, OF.
     */
    void bcd(Insn in) {
        CpuState s = c.s;
        int eflags = Flags.materialize(s);
        boolean cf = (eflags & CF) != 0;
        boolean af = (eflags & AF) != 0;
        int ax = c.r[EAX] & 0xffff;
        int al = ax & 0xff;
        switch (in.sub) {
            case Op.DAA:
            case Op.DAS: {
                boolean add = in.sub == Op.DAA;
                int old = al;
                boolean newCf = false;
                boolean newAf = false;
                if ((al & 0xf) > 9 || af) {
                    newCf = cf || (add ? al + 6 > 0xff : al < 6);
                    al = (add ? al + 6 : al - 6) & 0xff;
                    newAf = true;
                }
                if (old > 0x99 || cf) {
                    al = (add ? al + 0x60 : al - 0x60) & 0xff;
                    newCf = true;
                } else if (add) {
                    newCf = false;
                }
                c.setReg(1, EAX, al);
                int f = (newCf ? CF : 0) | (newAf ? AF : 0) | szp(al);
                Flags.set(s, CpuState.ARITH, f);
                break;
            }
            case Op.AAA:
            case Op.AAS: {
                boolean adjust = (al & 0xf) > 9 || af;
                if (adjust) {
                    ax = in.sub == Op.AAA ? ax + 0x106 : ax - 0x106;
                }
                ax = (ax & 0xff00) | (ax & 0x0f);
                c.setReg(2, EAX, ax);
                Flags.set(s, CF | AF, adjust ? CF | AF : 0);
                break;
            }
            case Op.AAM: {
                int base = in.imm & 0xff;
                if (base == 0) {
                    throw c.fault(Vector.DE, 0);
                }
                int q = al / base;
                int r = al % base;
                c.setReg(2, EAX, q << 8 | r);
                Alu.logic(s, 1, r);
                break;
            }
            default: { // AAD
                int ah = ax >>> 8;
                int v = (al + ah * (in.imm & 0xff)) & 0xff;
                c.setReg(2, EAX, v);
                Alu.logic(s, 1, v);
                break;
            }
        }
    }

    private static int szp(int v) {
        int f = 0;
        if (v == 0) {
            f |= CpuState.ZF;
        }
        if ((v & 0x80) != 0) {
            f |= CpuState.SF;
        }
        if (Flags.parity(v)) {
            f |= CpuState.PF;
        }
        return f;
    }

    void salc() {
        c.setReg(1, EAX, Flags.cf(c.s) ? 0xff : 0);
    }

    /** CBW / CWDE. */
    void cbw(Insn in) {
        int[] r = c.r;
        if (in.size == 2) {
            c.setReg(2, EAX, (byte) r[EAX]);
        } else {
            r[EAX] = (short) r[EAX];
        }
    }

    /** CWD / CDQ. */
    void cwd(Insn in) {
        int[] r = c.r;
        if (in.size == 2) {
            c.setReg(2, EDX, ((short) r[EAX]) >> 15);
        } else {
            r[EDX] = r[EAX] >> 31;
        }
    }

    void lahf() {
        int f = Flags.materialize(c.s);
        c.setReg(1, 4, (f & (CpuState.SF | CpuState.ZF | AF | CpuState.PF | CF)) | 0x2);
    }

    void sahf() {
        int ah = (c.r[EAX] >>> 8) & 0xff;
        Flags.set(c.s, CpuState.SF | CpuState.ZF | AF | CpuState.PF | CF, ah);
    }

    /** CLC STC CMC CLD STD (CLI and STI depend on IOPL: see SystemOps). */
    void flagOp(Insn in) {
        CpuState s = c.s;
        switch (in.sub) {
            case Op.F_CLC -> Flags.set(s, CF, 0);
            case Op.F_STC -> Flags.set(s, CF, CF);
            case Op.F_CMC -> Flags.set(s, CF, Flags.cf(s) ? 0 : CF);
            case Op.F_CLD -> s.eflags &= ~CpuState.DF;
            default -> s.eflags |= CpuState.DF;
        }
    }
}
