package coyotos.studio.x86.cpu;

import coyotos.studio.x86.decode.Insn;
import coyotos.studio.x86.decode.Op;

/**
 * Instructions on an E (register or memory) and a G (register) operand at any operand size: ALU, TEST, MOV,
 * XCHG, INC/DEC/NOT/NEG, shifts and rotates, bit tests and scans, XADD/CMPXCHG, MOVZX/MOVSX, SETcc, CMOVcc.
 * A read-modify-write operand is read with write intent, so a read-only page faults as a write (error code
 * W set) before anything changes, as on the CPU.
 */
final class OperandOps {
    private final Core c;

    OperandOps(Core core) {
        this.c = core;
    }

    private int loadE(Insn in) {
        return in.mem ? c.read(c.ea(in), in.size) : c.getReg(in.size, in.rm);
    }

    void aluEG(Insn in, boolean fromImm) {
        int size = in.size;
        int src = fromImm ? in.imm : c.getReg(size, in.reg);
        if (in.sub == Op.CMP) {
            Alu.alu(c.s, Op.CMP, size, loadE(in), src);
        } else if (in.mem) {
            int la = c.ea(in);
            c.write(la, size, Alu.alu(c.s, in.sub, size, c.rmw(la, size), src));
        } else {
            c.setReg(size, in.rm, Alu.alu(c.s, in.sub, size, c.getReg(size, in.rm), src));
        }
    }

    void aluGE(Insn in) {
        int size = in.size;
        int v = Alu.alu(c.s, in.sub, size, c.getReg(size, in.reg), loadE(in));
        if (in.sub != Op.CMP) {
            c.setReg(size, in.reg, v);
        }
    }

    void test(Insn in, boolean fromImm) {
        int src = fromImm ? in.imm : c.getReg(in.size, in.reg);
        Alu.logic(c.s, in.size, loadE(in) & src);
    }

    void movEG(Insn in, boolean fromImm) {
        int v = fromImm ? in.imm : c.getReg(in.size, in.reg);
        if (in.mem) {
            c.write(c.ea(in), in.size, v);
        } else {
            c.setReg(in.size, in.rm, v);
        }
    }

    void movGE(Insn in) {
        c.setReg(in.size, in.reg, loadE(in));
    }

    void lea(Insn in) {
        int offset = (c.r[in.base] + (c.r[in.index] << in.scale) + in.disp) & in.eaMask;
        c.setReg(in.size, in.reg, offset);
    }

    void xchg(Insn in) {
        int size = in.size;
        int g = c.getReg(size, in.reg);
        if (in.mem) {
            int la = c.ea(in);
            int v = c.rmw(la, size);
            c.write(la, size, g);
            c.setReg(size, in.reg, v);
        } else {
            int v = c.getReg(size, in.rm);
            c.setReg(size, in.rm, g);
            c.setReg(size, in.reg, v);
        }
    }

    /** INC, DEC, NOT, NEG on E. */
    void unary(Insn in) {
        int size = in.size;
        int la = 0;
        int v;
        if (in.mem) {
            la = c.ea(in);
            v = c.rmw(la, size);
        } else {
            v = c.getReg(size, in.rm);
        }
        int res = switch (in.op) {
            case Op.INC_E -> Alu.inc(c.s, size, v);
            case Op.DEC_E -> Alu.dec(c.s, size, v);
            case Op.NOT -> ~v;
            default -> Alu.neg(c.s, size, v);
        };
        store(in, la, res);
    }

    private void store(Insn in, int la, int v) {
        if (in.mem) {
            c.write(la, in.size, v);
        } else {
            c.setReg(in.size, in.rm, v);
        }
    }

    void shift(Insn in) {
        int count = in.imm == Op.COUNT_CL ? c.r[CpuState.ECX] & 0xff : in.imm;
        int size = in.size;
        if (in.mem) {
            int la = c.ea(in);
            int v = c.rmw(la, size);
            c.write(la, size, Alu.shift(c.s, in.sub, size, v, count));
        } else {
            c.setReg(size, in.rm, Alu.shift(c.s, in.sub, size, c.getReg(size, in.rm), count));
        }
    }

    void doubleShift(Insn in, boolean right) {
        int count = in.imm == Op.COUNT_CL ? c.r[CpuState.ECX] : in.imm;
        int size = in.size;
        int src = c.getReg(size, in.reg);
        if (in.mem) {
            int la = c.ea(in);
            int v = c.rmw(la, size);
            c.write(la, size, Alu.doubleShift(c.s, right, size, v, src, count));
        } else {
            c.setReg(size, in.rm, Alu.doubleShift(c.s, right, size, c.getReg(size, in.rm), src, count));
        }
    }

    /**
     * BT/BTS/BTR/BTC. A register bit offset addresses memory beyond the operand (a signed bit string), an
     * immediate one is taken modulo the operand size. CF gets the bit; OF, SF, AF, PF are left as they were
     * (undefined in the SDM), ZF is unaffected.
     */
    void bitTest(Insn in, boolean fromReg) {
        int size = in.size;
        int bits = size * 8;
        int offset = fromReg ? Flags.sext(c.getReg(size, in.reg), size) : in.imm & 0xff;
        int la = 0;
        int v;
        if (in.mem) {
            la = c.ea(in);
            if (fromReg) {
                la += (offset >> (size == 4 ? 5 : 4)) * size;
            }
            v = in.sub == 0 ? c.read(la, size) : c.rmw(la, size);
        } else {
            v = c.getReg(size, in.rm);
        }
        int bit = offset & (bits - 1);
        int cf = (v >>> bit) & 1;
        Flags.set(c.s, CpuState.CF, cf);
        if (in.sub != 0) {
            int res = switch (in.sub) {
                case 1 -> v | (1 << bit);
                case 2 -> v & ~(1 << bit);
                default -> v ^ (1 << bit);
            };
            store(in, la, res);
        }
    }

    /** BSF/BSR: a zero source sets ZF and leaves the destination as it was. */
    void bitScan(Insn in, boolean reverse) {
        int size = in.size;
        int v = loadE(in) & Flags.mask(size);
        Alu.logic(c.s, size, v);
        if (v != 0) {
            int index = reverse ? 31 - Integer.numberOfLeadingZeros(v) : Integer.numberOfTrailingZeros(v);
            c.setReg(size, in.reg, index);
        }
    }

    void bswap(Insn in) {
        // BSWAP of a 16-bit register is undefined; processors clear it, as done here.
        if (in.size == 2) {
            c.setReg(2, in.rm, 0);
        } else {
            c.r[in.rm] = Integer.reverseBytes(c.r[in.rm]);
        }
    }

    void xadd(Insn in) {
        int size = in.size;
        int g = c.getReg(size, in.reg);
        if (in.mem) {
            int la = c.ea(in);
            int v = c.rmw(la, size);
            int sum = Alu.alu(c.s, Op.ADD, size, v, g);
            c.write(la, size, sum);
            c.setReg(size, in.reg, v);
        } else {
            int v = c.getReg(size, in.rm);
            int sum = Alu.alu(c.s, Op.ADD, size, v, g);
            c.setReg(size, in.reg, v);
            c.setReg(size, in.rm, sum);
        }
    }

    /** CMPXCHG: the destination is written in both outcomes (with its own value on a mismatch). */
    void cmpxchg(Insn in) {
        int size = in.size;
        int acc = c.getReg(size, CpuState.EAX);
        int la = 0;
        int v;
        if (in.mem) {
            la = c.ea(in);
            v = c.rmw(la, size);
        } else {
            v = c.getReg(size, in.rm);
        }
        Alu.alu(c.s, Op.CMP, size, acc, v);
        if ((acc & Flags.mask(size)) == (v & Flags.mask(size))) {
            store(in, la, c.getReg(size, in.reg));
        } else {
            store(in, la, v);
            c.setReg(size, CpuState.EAX, v);
        }
    }

    void cmpxchg8b(Insn in) {
        int la = c.ea(in);
        c.probeWrite(la, 8);
        int lo = c.rmw32(la);
        int hi = c.rmw32(la + 4);
        if (lo == c.r[CpuState.EAX] && hi == c.r[CpuState.EDX]) {
            c.write32(la, c.r[CpuState.EBX]);
            c.write32(la + 4, c.r[CpuState.ECX]);
            Flags.set(c.s, CpuState.ZF, CpuState.ZF);
        } else {
            c.write32(la, lo);
            c.write32(la + 4, hi);
            c.r[CpuState.EAX] = lo;
            c.r[CpuState.EDX] = hi;
            Flags.set(c.s, CpuState.ZF, 0);
        }
    }

    /** MOVZX/MOVSX: sub is the source size. */
    void extend(Insn in, boolean signed) {
        int from = in.sub;
        int v = in.mem ? c.read(c.ea(in), from) : c.getReg(from, in.rm);
        c.setReg(in.size, in.reg, signed ? Flags.sext(v, from) : v);
    }

    void setcc(Insn in) {
        int v = Flags.cond(c.s, in.sub) ? 1 : 0;
        if (in.mem) {
            c.write8(c.ea(in), v);
        } else {
            c.setReg(1, in.rm, v);
        }
    }

    /** CMOVcc reads its source even when the condition is false, so a bad address faults either way. */
    void cmov(Insn in) {
        int v = loadE(in);
        if (Flags.cond(c.s, in.sub)) {
            c.setReg(in.size, in.reg, v);
        }
    }
}
