package coyotos.studio.x86.cpu;

import static coyotos.studio.x86.cpu.CpuState.EAX;
import static coyotos.studio.x86.cpu.CpuState.ECX;
import static coyotos.studio.x86.cpu.CpuState.EDI;
import static coyotos.studio.x86.cpu.CpuState.EDX;
import static coyotos.studio.x86.cpu.CpuState.ES;
import static coyotos.studio.x86.cpu.CpuState.ESI;

import coyotos.studio.x86.decode.Insn;
import coyotos.studio.x86.decode.Op;

/**
 * MOVS, CMPS, STOS, LODS, SCAS, INS, OUTS with their REP/REPE/REPNE prefixes (F2 repeats the non-comparing
 * ones as F3 does). Each element is one atomic step: a fault in the middle of a repeated instruction leaves
 * ESI/EDI/ECX counting the elements done and EIP at the instruction, which resumes where it stopped, as on
 * the CPU. A long repetition looks at the host's stop request every {@value #CHUNK} elements.
 */
final class StringOps {
    static final int CHUNK = 1 << 16;
    private final Core c;
    /** Elements processed, for InstructionCounts.stringElements. */
    long elements;

    StringOps(Core core) {
        this.c = core;
    }

    void execute(Insn in) {
        int size = in.size;
        int op = in.sub;
        if ((op == Op.STR_INS || op == Op.STR_OUTS) && !ioAllowed()) {
            throw c.fault(Vector.GP, 0);
        }
        int[] r = c.r;
        boolean wide = in.addrSize == 4;
        int delta = (c.s.eflags & CpuState.DF) != 0 ? -size : size;
        int srcBase = c.s.segBase[in.seg];
        int dstBase = c.s.segBase[ES];
        boolean rep = (in.prefixes & (Insn.P_REP | Insn.P_REPNE)) != 0;
        if (!rep) {
            step(in, op, size, wide, delta, srcBase, dstBase);
            elements++;
            return;
        }
        boolean compares = op == Op.STR_CMPS || op == Op.STR_SCAS;
        boolean untilEqual = (in.prefixes & Insn.P_REPNE) != 0;
        int done = 0;
        while (true) {
            int count = wide ? r[ECX] : r[ECX] & 0xffff;
            if (count == 0) {
                return;
            }
            int n = 0;
            if (!compares && delta > 0 && wide && (op == Op.STR_MOVS || op == Op.STR_STOS)) {
                n = bulk(op, size, count, srcBase, dstBase);
            }
            if (n > 0) {
                elements += n;
                done += n;
            } else {
                step(in, op, size, wide, delta, srcBase, dstBase);
                elements++;
                done++;
                count--;
                if (wide) {
                    r[ECX] = count;
                } else {
                    c.setReg(2, ECX, count);
                }
                if (compares && count != 0 && Flags.zf(c.s) == untilEqual) {
                    return;
                }
            }
            if (done >= CHUNK) {
                done = 0;
                if (c.stopRequested) {
                    throw c.raise.set(CpuException.STOP, -1, 0, 0);
                }
            }
        }
    }

    private boolean ioAllowed() {
        return (c.s.eflags & CpuState.IOPL) == CpuState.IOPL;
    }

    private int advance(int reg, boolean wide, int delta) {
        int[] r = c.r;
        int v = r[reg];
        if (wide) {
            r[reg] = v + delta;
            return v;
        }
        c.setReg(2, reg, v + delta);
        return v & 0xffff;
    }

    /** One element; registers change only after its memory accesses succeeded. */
    private void step(Insn in, int op, int size, boolean wide, int delta, int srcBase, int dstBase) {
        int[] r = c.r;
        int si = wide ? r[ESI] : r[ESI] & 0xffff;
        int di = wide ? r[EDI] : r[EDI] & 0xffff;
        switch (op) {
            case Op.STR_MOVS -> {
                c.write(dstBase + di, size, c.read(srcBase + si, size));
                advance(ESI, wide, delta);
                advance(EDI, wide, delta);
            }
            case Op.STR_CMPS -> {
                int a = c.read(srcBase + si, size);
                int b = c.read(dstBase + di, size);
                Alu.alu(c.s, Op.CMP, size, a, b);
                advance(ESI, wide, delta);
                advance(EDI, wide, delta);
            }
            case Op.STR_STOS -> {
                c.write(dstBase + di, size, c.getReg(size, EAX));
                advance(EDI, wide, delta);
            }
            case Op.STR_LODS -> {
                c.setReg(size, EAX, c.read(srcBase + si, size));
                advance(ESI, wide, delta);
            }
            case Op.STR_SCAS -> {
                Alu.alu(c.s, Op.CMP, size, c.getReg(size, EAX), c.read(dstBase + di, size));
                advance(EDI, wide, delta);
            }
            case Op.STR_INS -> {
                c.probeWrite(dstBase + di, size);
                c.write(dstBase + di, size, c.host.in(r[EDX] & 0xffff, size));
                advance(EDI, wide, delta);
            }
            default -> { // OUTS
                int v = c.read(srcBase + si, size);
                c.host.out(r[EDX] & 0xffff, size, v);
                advance(ESI, wide, delta);
            }
        }
    }

    /**
     * Forward REP MOVS/STOS with 32-bit addressing: the elements that stay within the current source and
     * destination pages, in one array operation. Returns how many were done (0: take the element path).
     */
    private int bulk(int op, int size, int count, int srcBase, int dstBase) {
        int[] r = c.r;
        int dst = dstBase + r[EDI];
        int dOff = dst & 0xfff;
        long limit = Math.min(count & 0xffffffffL, (0x1000 - dOff) / size);
        int src = srcBase + r[ESI];
        int sOff = src & 0xfff;
        if (op == Op.STR_MOVS) {
            limit = Math.min(limit, (0x1000 - sOff) / size);
        }
        if (limit < 2) {
            return 0;
        }
        int n = (int) limit;
        byte[] sp = op == Op.STR_MOVS ? c.readPage(src) : null;
        byte[] dp = c.writePage(dst);
        if (op == Op.STR_MOVS) {
            int bytes = n * size;
            if (sp == dp && dOff > sOff && dOff < sOff + bytes) {
                return 0; // overlapping forward copy repeats bytes: element by element
            }
            System.arraycopy(sp, sOff, dp, dOff, bytes);
            r[ESI] += bytes;
        } else {
            int v = r[EAX];
            if (size == 1) {
                java.util.Arrays.fill(dp, dOff, dOff + n, (byte) v);
            } else {
                for (int i = 0; i < n; i++) {
                    if (size == 4) {
                        Core.I32.set(dp, dOff + i * 4, v);
                    } else {
                        Core.I16.set(dp, dOff + i * 2, (short) v);
                    }
                }
            }
        }
        r[EDI] += n * size;
        r[ECX] -= n;
        return n;
    }
}
