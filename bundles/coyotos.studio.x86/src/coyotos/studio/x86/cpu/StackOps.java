package coyotos.studio.x86.cpu;

import static coyotos.studio.x86.cpu.CpuState.EBP;
import static coyotos.studio.x86.cpu.CpuState.ECX;
import static coyotos.studio.x86.cpu.CpuState.ESP;

import coyotos.studio.x86.decode.Insn;

/**
 * Stack and near-transfer instructions at any operand size (the 32-bit forms of the hot ones are in the
 * interpreter's loop): PUSH/POP of an E operand, PUSHA/POPA, ENTER/LEAVE, 16-bit RET/JMP/CALL, LOOP and
 * JECXZ, XLAT, the moffs moves, BOUND, ARPL. Instructions with several stores check each in the CPU's order
 * before making any, so a fault names the store the CPU would fault on and leaves memory and registers as
 * they were.
 */
final class StackOps {
    private final Core c;
    private final int[] frame = new int[33];

    StackOps(Core core) {
        this.c = core;
    }

    private int loadE(Insn in) {
        return in.mem ? c.read(c.ea(in), in.size) : c.getReg(in.size, in.rm);
    }

    void pushE(Insn in) {
        c.push(in.size, loadE(in));
    }

    void pushImm(Insn in) {
        c.push(in.size, in.imm);
    }

    /** POP to E: a memory destination's address is computed with ESP already incremented (SDM, POP). */
    void popE(Insn in) {
        int[] r = c.r;
        int size = in.size;
        int sp = r[ESP];
        int v = c.read(sp, size);
        if (in.mem) {
            r[ESP] = sp + size;
            int la = c.ea(in);
            r[ESP] = sp;
            c.write(la, size, v);
            r[ESP] = sp + size;
        } else {
            r[ESP] = sp + size;
            c.setReg(size, in.rm, v);
        }
    }

    void pusha(Insn in) {
        int[] r = c.r;
        int size = in.size;
        int sp = r[ESP];
        // Probe the stores in the CPU's order (EAX at the top first), so the first that cannot be made is the
        // one the #PF names; then make them all.
        for (int i = 0; i < 8; i++) {
            c.probeWrite(sp - (i + 1) * size, size);
        }
        for (int i = 0; i < 8; i++) {
            c.write(sp - (i + 1) * size, size, c.getReg(size, i));
        }
        r[ESP] = sp - 8 * size;
    }

    void popa(Insn in) {
        int[] r = c.r;
        int size = in.size;
        int sp = r[ESP];
        c.probeRead(sp, 8 * size);
        for (int i = 7; i >= 0; i--) {
            int v = c.read(sp + (7 - i) * size, size);
            if (i != ESP) {
                c.setReg(size, i, v);
            }
        }
        r[ESP] = sp + 8 * size;
    }

    /**
     * ENTER alloc, level: the pushes and the reads of the outer frame pointers are checked in the CPU's order
     * (push EBP, then read and push each outer frame pointer, then push the new frame pointer), then stored.
     */
    void enter(Insn in) {
        int[] r = c.r;
        int size = in.size;
        int alloc = in.imm & 0xffff;
        int level = in.imm2 & 0x1f;
        int sp = r[ESP];
        int n = 0;
        c.probeWrite(sp - size, size);
        frame[n++] = c.getReg(size, EBP);
        int frameTemp = sp - size;
        if (level > 0) {
            int tmp = r[EBP];
            for (int i = 1; i < level; i++) {
                tmp -= size;
                int v = c.read(tmp, size);
                c.probeWrite(sp - (n + 1) * size, size);
                frame[n++] = v;
            }
            c.probeWrite(sp - (n + 1) * size, size);
            frame[n++] = frameTemp;
        }
        for (int i = 0; i < n; i++) {
            c.write(sp - (i + 1) * size, size, frame[i]);
        }
        c.setReg(size, EBP, frameTemp);
        r[ESP] = sp - n * size - alloc;
    }

    void leave(Insn in) {
        int[] r = c.r;
        int bp = r[EBP];
        int v = c.read(bp, in.size);
        r[ESP] = bp + in.size;
        c.setReg(in.size, EBP, v);
    }

    /** RET, JMP r/m, CALL r/m with a 16-bit operand size: EIP's upper half is cleared. */
    void ret16(Insn in) {
        int target = c.read16(c.r[ESP]);
        c.r[ESP] += 2 + (in.imm & 0xffff);
        c.s.eip = target;
    }

    void jmpE16(Insn in) {
        c.s.eip = loadE(in) & 0xffff;
    }

    void callE16(Insn in) {
        int target = loadE(in) & 0xffff;
        c.push(2, in.next());
        c.s.eip = target;
    }

    /** LOOPNE, LOOPE, LOOP (sub 0-2) and JECXZ (3); the counter is CX under a 67 prefix. */
    void loop(Insn in) {
        int[] r = c.r;
        boolean wide = in.addrSize == 4;
        int count = wide ? r[ECX] : r[ECX] & 0xffff;
        boolean taken;
        if (in.sub == 3) {
            taken = count == 0;
        } else {
            count--;
            if (wide) {
                r[ECX] = count;
            } else {
                c.setReg(2, ECX, count);
                count &= 0xffff;
            }
            taken = count != 0 && (in.sub == 2 || Flags.zf(c.s) == (in.sub == 1));
        }
        c.s.eip = taken ? in.target : in.next();
    }

    void xlat(Insn in) {
        int[] r = c.r;
        int offset = r[CpuState.EBX] + (r[CpuState.EAX] & 0xff);
        if (in.addrSize == 2) {
            offset &= 0xffff;
        }
        c.setReg(1, CpuState.EAX, c.read8(offset + c.s.segBase[in.seg]));
    }

    void movAO(Insn in) {
        c.setReg(in.size, CpuState.EAX, c.read(c.ea(in), in.size));
    }

    void movOA(Insn in) {
        c.write(c.ea(in), in.size, c.getReg(in.size, CpuState.EAX));
    }

    /** BOUND: #BR (a fault) when the signed index is outside [lower, upper]. */
    void bound(Insn in) {
        int size = in.size;
        int la = c.ea(in);
        int lower = Flags.sext(c.read(la, size), size);
        int upper = Flags.sext(c.read(la + size, size), size);
        int index = Flags.sext(c.getReg(size, in.reg), size);
        if (index < lower || index > upper) {
            throw c.fault(Vector.BR, 0);
        }
    }

    /** ARPL: raises the destination selector's RPL to the source's, setting ZF when it did. */
    void arpl(Insn in) {
        int la = 0;
        int dest;
        if (in.mem) {
            la = c.ea(in);
            dest = c.rmw(la, 2);
        } else {
            dest = c.getReg(2, in.rm);
        }
        int src = c.getReg(2, in.reg);
        if ((dest & 3) < (src & 3)) {
            dest = (dest & ~3) | (src & 3);
            if (in.mem) {
                c.write16(la, dest);
            } else {
                c.setReg(2, in.rm, dest);
            }
            Flags.set(c.s, CpuState.ZF, CpuState.ZF);
        } else {
            Flags.set(c.s, CpuState.ZF, 0);
        }
    }
}
