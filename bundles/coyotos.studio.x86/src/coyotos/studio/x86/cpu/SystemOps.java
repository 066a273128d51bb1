package coyotos.studio.x86.cpu;

import static coyotos.studio.x86.cpu.CpuState.CS;
import static coyotos.studio.x86.cpu.CpuState.EAX;
import static coyotos.studio.x86.cpu.CpuState.EBX;
import static coyotos.studio.x86.cpu.CpuState.ECX;
import static coyotos.studio.x86.cpu.CpuState.EDX;
import static coyotos.studio.x86.cpu.CpuState.ESP;
import static coyotos.studio.x86.cpu.CpuState.FS;
import static coyotos.studio.x86.cpu.CpuState.GS;
import static coyotos.studio.x86.cpu.CpuState.SS;

import coyotos.studio.x86.decode.Insn;
import coyotos.studio.x86.decode.Op;
import coyotos.studio.x86.decode.Opcode;

/**
 * What CPL 3 may and may not do (Intel SDM Vol. 3A chapters 5 and 6, Vol. 2 per instruction): software
 * interrupts through the IDT gates user mode may use, EFLAGS writes limited by IOPL, I/O and CLI/STI only at
 * IOPL 3, segment loads checked against the descriptor tables, far transfers within privilege level 3,
 * privileged instructions raising #GP(0), CPUID, RDTSC and the descriptor-table reads.
 */
final class SystemOps {
    private static final int USER_WRITABLE = CpuState.USER_WRITABLE;
    private static final int CPL = 3;

    private final Core c;

    SystemOps(Core core) {
        this.c = core;
    }

    private boolean iopl3() {
        return (c.s.eflags & CpuState.IOPL) == CpuState.IOPL;
    }

    private int loadE(Insn in) {
        return in.mem ? c.read(c.ea(in), in.size) : c.getReg(in.size, in.rm);
    }

    // --- interrupts ---------------------------------------------------------------------------------

    /**
     * INT n, INT3, INTO: through the IDT gate for {@code vector}. A gate user mode may not use raises
     * #GP(vector * 8 + 2) (the IDT bit set) with EIP at the instruction; a user gate ends the run after the
     * instruction: vectors below 32 as a trap, others as a system call.
     */
    void softwareInterrupt(Insn in, int vector) {
        if (!c.tables.userGate(vector)) {
            throw c.fault(Vector.GP, vector << 3 | 2);
        }
        c.s.eip = in.next();
        throw c.raise.set(vector < 32 ? Core.TRAP : Core.SYSCALL, vector, 0, 0);
    }

    void into(Insn in) {
        if (Flags.of(c.s)) {
            softwareInterrupt(in, Vector.OF);
        }
    }

    /** INT1 (ICEBP): #DB as a trap, without the gate's privilege check. */
    void int1(Insn in) {
        c.s.eip = in.next();
        throw c.trap(Vector.DB);
    }

    // --- EFLAGS -------------------------------------------------------------------------------------

    void pushf(Insn in) {
        int f = Flags.materialize(c.s) & ~(CpuState.RF | CpuState.VM);
        c.push(in.size, f);
    }

    void popf(Insn in) {
        int v = c.pop(in.size);
        writeEflags(v, in.size);
    }

    private void writeEflags(int v, int size) {
        int mask = USER_WRITABLE | (iopl3() ? CpuState.IF : 0);
        if (size == 2) {
            mask &= 0xffff;
        }
        CpuState s = c.s;
        Flags.materialize(s);
        s.eflags = (s.eflags & ~mask & ~CpuState.RF) | (v & mask) | CpuState.FIXED_ONES;
    }

    void cliSti(Insn in) {
        if (!iopl3()) {
            throw c.fault(Vector.GP, 0);
        }
        if (in.sub == Op.F_CLI) {
            c.s.eflags &= ~CpuState.IF;
        } else {
            c.s.eflags |= CpuState.IF;
        }
    }

    // --- I/O ----------------------------------------------------------------------------------------

    void in(Insn in) {
        if (!iopl3()) {
            throw c.fault(Vector.GP, 0);
        }
        int port = viaDx(in) ? c.r[EDX] & 0xffff : in.imm & 0xff;
        c.setReg(in.size, EAX, c.host.in(port, in.size));
    }

    void out(Insn in) {
        if (!iopl3()) {
            throw c.fault(Vector.GP, 0);
        }
        int port = viaDx(in) ? c.r[EDX] & 0xffff : in.imm & 0xff;
        c.host.out(port, in.size, c.getReg(in.size, EAX));
    }

    private static boolean viaDx(Insn in) {
        for (int o : in.opcode.operands) {
            if (Opcode.kind(o) == Opcode.K_DX) {
                return true;
            }
        }
        return false;
    }

    // --- segments -----------------------------------------------------------------------------------

    /** Loads a data segment register (DS, ES, FS, GS, SS) as MOV, POP and LDS-family loads do at CPL 3. */
    void loadSegment(int seg, int selector) {
        selector &= 0xffff;
        DescriptorTables t = c.tables;
        if ((selector & ~3) == 0) {
            if (seg == SS) {
                throw c.fault(Vector.GP, 0);
            }
            c.s.sel[seg] = selector;
            c.s.segBase[seg] = 0;
            return;
        }
        int error = selector & 0xfffc;
        int kind = t.kindOf(selector);
        if (kind == DescriptorTables.ABSENT || kind == DescriptorTables.SYSTEM) {
            throw c.fault(Vector.GP, error);
        }
        int rpl = selector & 3;
        int dpl = t.dplOf(selector);
        if (seg == SS) {
            if (rpl != CPL || dpl != CPL || kind != DescriptorTables.DATA || !t.writableOf(selector)) {
                throw c.fault(Vector.GP, error);
            }
        } else if (dpl < Math.max(CPL, rpl)) {
            throw c.fault(Vector.GP, error);
        }
        int base = t.baseOf(selector);
        if (base != 0 && seg != FS && seg != GS) {
            // Only FS and GS may have a base here (flat segments); a based DS/ES/SS is refused.
            throw c.fault(Vector.GP, error);
        }
        c.s.sel[seg] = selector;
        c.s.segBase[seg] = base;
    }

    void pushSeg(Insn in) {
        c.push(in.size, c.s.sel[in.sub]);
    }

    void popSeg(Insn in) {
        int sp = c.r[ESP];
        int v = c.read(sp, in.size) & 0xffff;
        loadSegment(in.sub, v);
        c.r[ESP] = sp + in.size;
    }

    void movFromSeg(Insn in) {
        if (in.sub > GS) {
            throw c.fault(Vector.UD, 0);
        }
        int v = c.s.sel[in.sub];
        if (in.mem) {
            c.write16(c.ea(in), v);
        } else if ((in.prefixes & Insn.P_OPSIZE) == 0) {
            c.r[in.rm] = v;
        } else {
            c.setReg(2, in.rm, v);
        }
    }

    void movToSeg(Insn in) {
        if (in.sub > GS || in.sub == CS) {
            throw c.fault(Vector.UD, 0);
        }
        loadSegment(in.sub, in.mem ? c.read16(c.ea(in)) : c.getReg(2, in.rm));
    }

    /** LDS, LES, LSS, LFS, LGS: offset and selector from memory; the register changes only if the load succeeds. */
    void loadFar(Insn in) {
        int la = c.ea(in);
        int offset = c.read(la, in.size);
        int selector = c.read16(la + in.size);
        loadSegment(in.sub, selector);
        c.setReg(in.size, in.reg, offset);
    }

    // --- far transfers (same privilege level only: user code cannot reach another ring here) --------

    private void checkCode(int selector) {
        selector &= 0xffff;
        DescriptorTables t = c.tables;
        int error = selector & 0xfffc;
        if ((selector & ~3) == 0) {
            throw c.fault(Vector.GP, 0);
        }
        if (t.kindOf(selector) != DescriptorTables.CODE || t.dplOf(selector) != CPL || t.baseOf(selector) != 0) {
            throw c.fault(Vector.GP, error);
        }
    }

    private void setCs(int selector) {
        c.s.sel[CS] = (selector & 0xfffc) | CPL;
        c.s.segBase[CS] = 0;
    }

    private int target(Insn in, int offset) {
        return in.size == 2 ? offset & 0xffff : offset;
    }

    void jmpFar(Insn in, boolean indirect) {
        int offset = in.imm;
        int selector = in.imm2;
        if (indirect) {
            int la = c.ea(in);
            offset = c.read(la, in.size);
            selector = c.read16(la + in.size);
        }
        checkCode(selector);
        setCs(selector);
        c.s.eip = target(in, offset);
    }

    void callFar(Insn in, boolean indirect) {
        int offset = in.imm;
        int selector = in.imm2;
        if (indirect) {
            int la = c.ea(in);
            offset = c.read(la, in.size);
            selector = c.read16(la + in.size);
        }
        checkCode(selector);
        int size = in.size;
        int sp = c.r[ESP];
        c.probeWrite(sp - size, size);
        c.probeWrite(sp - 2 * size, size);
        c.write(sp - size, size, c.s.sel[CS]);
        c.write(sp - 2 * size, size, in.next());
        c.r[ESP] = sp - 2 * size;
        setCs(selector);
        c.s.eip = target(in, offset);
    }

    /** RETF: a return to a more privileged level (RPL below 3) raises #GP(selector). */
    void retFar(Insn in) {
        int size = in.size;
        int sp = c.r[ESP];
        c.probeRead(sp, 2 * size);
        int offset = c.read(sp, size);
        int selector = c.read(sp + size, size) & 0xffff;
        if ((selector & 3) < CPL) {
            throw c.fault(Vector.GP, selector & 0xfffc);
        }
        checkCode(selector);
        setCs(selector);
        c.r[ESP] = sp + 2 * size + (in.imm & 0xffff);
        c.s.eip = target(in, offset);
    }

    /** IRET to the same privilege level; a nested-task return (NT set) is refused with #GP(0). */
    void iret(Insn in) {
        if ((c.s.eflags & CpuState.NT) != 0) {
            throw c.fault(Vector.GP, 0);
        }
        int size = in.size;
        int sp = c.r[ESP];
        c.probeRead(sp, 3 * size);
        int offset = c.read(sp, size);
        int selector = c.read(sp + size, size) & 0xffff;
        int flags = c.read(sp + 2 * size, size);
        if ((selector & 3) < CPL) {
            throw c.fault(Vector.GP, selector & 0xfffc);
        }
        checkCode(selector);
        setCs(selector);
        writeEflags(flags, size);
        c.r[ESP] = sp + 3 * size;
        c.s.eip = target(in, offset);
    }

    // --- identification, time, descriptor tables ----------------------------------------------------

    /**
     * CPUID: vendor "Coyotos IA32", family 6, and only the features this interpreter has: TSC, CMPXCHG8B,
     * CMOV. No FPU, MMX or SSE bit, so software that asks knows to do without.
     */
    void cpuid() {
        int[] r = c.r;
        int leaf = r[EAX];
        int a = 0, b = 0, cx = 0, d = 0;
        if (leaf == 0) {
            a = 1;
            b = chars("Coyo");
            d = chars("tos ");
            cx = chars("IA32");
        } else if (leaf == 1) {
            a = 0x0000_0600;
            d = 1 << 4 | 1 << 8 | 1 << 15;
        } else if (leaf == 0x8000_0000) {
            a = 0x8000_0000;
        }
        r[EAX] = a;
        r[EBX] = b;
        r[ECX] = cx;
        r[EDX] = d;
    }

    private static int chars(String s) {
        return s.charAt(0) | s.charAt(1) << 8 | s.charAt(2) << 16 | s.charAt(3) << 24;
    }

    void rdtsc(long timeStamp) {
        c.r[EAX] = (int) timeStamp;
        c.r[EDX] = (int) (timeStamp >>> 32);
    }

    void descriptor(Insn in) {
        DescriptorTables t = c.tables;
        switch (in.sub) {
            case Op.D_SLDT -> storeSelector(in, t.ldtSelector);
            case Op.D_STR -> storeSelector(in, t.taskRegister);
            case Op.D_SMSW -> storeSelector(in, t.machineStatusWord);
            case Op.D_SGDT, Op.D_SIDT -> {
                int la = c.ea(in);
                c.probeWrite(la, 6);
                boolean gdt = in.sub == Op.D_SGDT;
                c.write16(la, gdt ? t.gdtLimit : t.idtLimit);
                c.write32(la + 2, gdt ? t.gdtBase : t.idtBase);
            }
            case Op.D_LAR, Op.D_LSL -> {
                int selector = loadSelector(in);
                if (visible(selector)) {
                    int v = in.sub == Op.D_LAR ? t.accessRightsOf(selector) : -1;
                    c.setReg(in.size, in.reg, in.size == 2 ? v & 0xffff : v);
                    Flags.set(c.s, CpuState.ZF, CpuState.ZF);
                } else {
                    Flags.set(c.s, CpuState.ZF, 0);
                }
            }
            default -> { // VERR, VERW
                int selector = loadSelector(in);
                boolean ok = visible(selector) && (in.sub == Op.D_VERR || (t.kindOf(selector)
                        == DescriptorTables.DATA && t.writableOf(selector)));
                Flags.set(c.s, CpuState.ZF, ok ? CpuState.ZF : 0);
            }
        }
    }

    private int loadSelector(Insn in) {
        return (in.mem ? c.read16(c.ea(in)) : c.getReg(2, in.rm)) & 0xffff;
    }

    /** A code or data descriptor CPL 3 may see with this selector's RPL. */
    private boolean visible(int selector) {
        int kind = c.tables.kindOf(selector);
        return (kind == DescriptorTables.CODE || kind == DescriptorTables.DATA)
                && c.tables.dplOf(selector) >= Math.max(CPL, selector & 3);
    }

    private void storeSelector(Insn in, int v) {
        if (in.mem) {
            c.write16(c.ea(in), v);
        } else if ((in.prefixes & Insn.P_OPSIZE) == 0) {
            c.r[in.rm] = v & 0xffff;
        } else {
            c.setReg(2, in.rm, v);
        }
    }
}
