package coyotos.studio.x86.cpu;

import static coyotos.studio.x86.cpu.CpuState.ESP;

import coyotos.studio.x86.decode.Insn;
import coyotos.studio.x86.decode.Op;

/**
 * The hot loop: find the decoded block at EIP, run its instructions through one flat switch (the common
 * 32-bit forms inline, the rest through {@link #rare}), account retired instructions per block, and leave on
 * an exception, a trap, a system call, the budget or a stop request. Nothing is allocated per instruction.
 */
final class Executor extends Core {
    private final BlockBuilder builder;
    private final OperandOps operands = new OperandOps(this);
    private final ArithOps arith = new ArithOps(this);
    private final StackOps stack = new StackOps(this);
    private final StringOps strings = new StringOps(this);
    private final SystemOps system = new SystemOps(this);
    private Block[] touched = new Block[256];
    private int touchedCount;
    private InstructionCounts counts;
    /** Instructions retired in the current run before the current block. */
    private long runRetired;

    Executor(CpuHost host, CodeCache code) {
        super(host, code);
        this.builder = new BlockBuilder(this);
    }

    Exit run(CpuState state, long budget, InstructionCounts into) {
        bind(state);
        this.counts = into;
        runRetired = 0;
        strings.elements = 0;
        try {
            return loop(budget);
        } finally {
            flushTouched();
            into.stringElements += strings.elements;
            state.timeStamp += runRetired;
            this.counts = null;
        }
    }

    private Exit loop(long budget) {
        final CpuState s = this.s;
        final int[] r = this.r;
        while (true) {
            if (stopRequested) {
                stopRequested = false;
                return new Exit(ExitKind.STOPPED, -1, 0, 0, s.eip, runRetired);
            }
            long left = budget - runRetired;
            if (left <= 0) {
                return new Exit(ExitKind.BUDGET, -1, 0, 0, s.eip, runRetired);
            }
            Insn[] code = null;
            int i = 0;
            try {
                Block blk = block(s.eip);
                code = blk.code;
                int[] ops = blk.ops;
                int n = code.length;
                boolean stepping = (s.eflags & CpuState.TF) != 0;
                boolean whole = n <= left && !stepping;
                if (!whole) {
                    n = stepping ? 1 : (int) Math.min(n, left);
                }
                for (; i < n; i++) {
                    Insn in = code[i];
                    switch (ops[i]) {
                        case Op.NOP:
                            break;
                        case Op.MOV_RR32:
                            r[in.reg] = r[in.rm];
                            break;
                        case Op.MOV_RM32:
                            r[in.reg] = read32(ea(in));
                            break;
                        case Op.MOV_MR32:
                            write32(ea(in), r[in.reg]);
                            break;
                        case Op.MOV_RI32:
                            r[in.rm] = in.imm;
                            break;
                        case Op.MOV_MI32:
                            write32(ea(in), in.imm);
                            break;
                        case Op.LEA32:
                            r[in.reg] = (r[in.base] + (r[in.index] << in.scale) + in.disp) & in.eaMask;
                            break;
                        case Op.ADD_RR32: {
                            int a = r[in.reg];
                            int b = r[in.rm];
                            int v = a + b;
                            s.lazy = Flags.ADD32;
                            s.res = v;
                            s.a = a;
                            s.b = b;
                            r[in.reg] = v;
                            break;
                        }
                        case Op.SUB_RR32: {
                            int a = r[in.reg];
                            int b = r[in.rm];
                            int v = a - b;
                            s.lazy = Flags.SUB32;
                            s.res = v;
                            s.a = a;
                            s.b = b;
                            r[in.reg] = v;
                            break;
                        }
                        case Op.CMP_RR32: {
                            int a = r[in.reg];
                            int b = r[in.rm];
                            s.lazy = Flags.SUB32;
                            s.res = a - b;
                            s.a = a;
                            s.b = b;
                            break;
                        }
                        case Op.AND_RR32: {
                            int v = r[in.reg] & r[in.rm];
                            s.lazy = Flags.LOGIC32;
                            s.res = v;
                            r[in.reg] = v;
                            break;
                        }
                        case Op.OR_RR32: {
                            int v = r[in.reg] | r[in.rm];
                            s.lazy = Flags.LOGIC32;
                            s.res = v;
                            r[in.reg] = v;
                            break;
                        }
                        case Op.XOR_RR32: {
                            int v = r[in.reg] ^ r[in.rm];
                            s.lazy = Flags.LOGIC32;
                            s.res = v;
                            r[in.reg] = v;
                            break;
                        }
                        case Op.ADD_RI32: {
                            int a = r[in.rm];
                            int b = in.imm;
                            int v = a + b;
                            s.lazy = Flags.ADD32;
                            s.res = v;
                            s.a = a;
                            s.b = b;
                            r[in.rm] = v;
                            break;
                        }
                        case Op.SUB_RI32: {
                            int a = r[in.rm];
                            int b = in.imm;
                            int v = a - b;
                            s.lazy = Flags.SUB32;
                            s.res = v;
                            s.a = a;
                            s.b = b;
                            r[in.rm] = v;
                            break;
                        }
                        case Op.CMP_RI32: {
                            int a = r[in.rm];
                            int b = in.imm;
                            s.lazy = Flags.SUB32;
                            s.res = a - b;
                            s.a = a;
                            s.b = b;
                            break;
                        }
                        case Op.AND_RI32: {
                            int v = r[in.rm] & in.imm;
                            s.lazy = Flags.LOGIC32;
                            s.res = v;
                            r[in.rm] = v;
                            break;
                        }
                        case Op.OR_RI32: {
                            int v = r[in.rm] | in.imm;
                            s.lazy = Flags.LOGIC32;
                            s.res = v;
                            r[in.rm] = v;
                            break;
                        }
                        case Op.XOR_RI32: {
                            int v = r[in.rm] ^ in.imm;
                            s.lazy = Flags.LOGIC32;
                            s.res = v;
                            r[in.rm] = v;
                            break;
                        }
                        case Op.ADD_RM32: {
                            int a = r[in.reg];
                            int b = read32(ea(in));
                            int v = a + b;
                            s.lazy = Flags.ADD32;
                            s.res = v;
                            s.a = a;
                            s.b = b;
                            r[in.reg] = v;
                            break;
                        }
                        case Op.SUB_RM32: {
                            int a = r[in.reg];
                            int b = read32(ea(in));
                            int v = a - b;
                            s.lazy = Flags.SUB32;
                            s.res = v;
                            s.a = a;
                            s.b = b;
                            r[in.reg] = v;
                            break;
                        }
                        case Op.CMP_RM32: {
                            int a = r[in.reg];
                            int b = read32(ea(in));
                            s.lazy = Flags.SUB32;
                            s.res = a - b;
                            s.a = a;
                            s.b = b;
                            break;
                        }
                        case Op.AND_RM32: {
                            int v = r[in.reg] & read32(ea(in));
                            s.lazy = Flags.LOGIC32;
                            s.res = v;
                            r[in.reg] = v;
                            break;
                        }
                        case Op.OR_RM32: {
                            int v = r[in.reg] | read32(ea(in));
                            s.lazy = Flags.LOGIC32;
                            s.res = v;
                            r[in.reg] = v;
                            break;
                        }
                        case Op.XOR_RM32: {
                            int v = r[in.reg] ^ read32(ea(in));
                            s.lazy = Flags.LOGIC32;
                            s.res = v;
                            r[in.reg] = v;
                            break;
                        }
                        case Op.CMP_MR32: {
                            int a = read32(ea(in));
                            int b = r[in.reg];
                            s.lazy = Flags.SUB32;
                            s.res = a - b;
                            s.a = a;
                            s.b = b;
                            break;
                        }
                        case Op.CMP_MI32: {
                            int a = read32(ea(in));
                            int b = in.imm;
                            s.lazy = Flags.SUB32;
                            s.res = a - b;
                            s.a = a;
                            s.b = b;
                            break;
                        }
                        case Op.JZ:
                            s.eip = (s.lazy == Flags.NONE ? (s.eflags & CpuState.ZF) != 0 : s.res == 0)
                                    ? in.target : in.pc + in.length;
                            break;
                        case Op.JNZ:
                            s.eip = (s.lazy == Flags.NONE ? (s.eflags & CpuState.ZF) != 0 : s.res == 0)
                                    ? in.pc + in.length : in.target;
                            break;
                        case Op.ALU_RR32: {
                            int v = Alu.alu32(s, in.sub, r[in.reg], r[in.rm]);
                            if (in.sub != Op.CMP) {
                                r[in.reg] = v;
                            }
                            break;
                        }
                        case Op.ALU_RI32: {
                            int v = Alu.alu32(s, in.sub, r[in.rm], in.imm);
                            if (in.sub != Op.CMP) {
                                r[in.rm] = v;
                            }
                            break;
                        }
                        case Op.ALU_RM32: {
                            int v = Alu.alu32(s, in.sub, r[in.reg], read32(ea(in)));
                            if (in.sub != Op.CMP) {
                                r[in.reg] = v;
                            }
                            break;
                        }
                        case Op.ALU_MR32: {
                            int la = ea(in);
                            if (in.sub == Op.CMP) {
                                Alu.alu32(s, Op.CMP, read32(la), r[in.reg]);
                            } else {
                                write32(la, Alu.alu32(s, in.sub, rmw32(la), r[in.reg]));
                            }
                            break;
                        }
                        case Op.ALU_MI32: {
                            int la = ea(in);
                            if (in.sub == Op.CMP) {
                                Alu.alu32(s, Op.CMP, read32(la), in.imm);
                            } else {
                                write32(la, Alu.alu32(s, in.sub, rmw32(la), in.imm));
                            }
                            break;
                        }
                        case Op.TEST_RR32:
                            s.lazy = Flags.LOGIC32;
                            s.res = r[in.reg] & r[in.rm];
                            break;
                        case Op.TEST_RI32:
                            s.lazy = Flags.LOGIC32;
                            s.res = r[in.rm] & in.imm;
                            break;
                        case Op.XOR_ZERO32:
                            r[in.rm] = 0;
                            s.lazy = Flags.LOGIC32;
                            s.res = 0;
                            break;
                        case Op.INC_R32: {
                            int v = r[in.rm] + 1;
                            Flags.incDec(s, Flags.INC, 4, v);
                            r[in.rm] = v;
                            break;
                        }
                        case Op.DEC_R32: {
                            int v = r[in.rm] - 1;
                            Flags.incDec(s, Flags.DEC, 4, v);
                            r[in.rm] = v;
                            break;
                        }
                        case Op.PUSH_R32:
                            push32(r[in.rm]);
                            break;
                        case Op.POP_R32: {
                            int sp = r[ESP];
                            int v = read32(sp);
                            r[ESP] = sp + 4;
                            r[in.rm] = v;
                            break;
                        }
                        case Op.PUSH_I32:
                            push32(in.imm);
                            break;
                        case Op.PUSH_M32:
                            push32(read32(ea(in)));
                            break;
                        case Op.JMP:
                            s.eip = in.target;
                            break;
                        case Op.JCC:
                            s.eip = Flags.cond(s, in.sub) ? in.target : in.pc + in.length;
                            break;
                        case Op.CALL:
                            push32(in.pc + in.length);
                            s.eip = in.target;
                            break;
                        case Op.RET: {
                            int sp = r[ESP];
                            int target = read32(sp);
                            r[ESP] = sp + 4 + in.imm;
                            s.eip = target;
                            break;
                        }
                        case Op.JMP_E:
                            s.eip = in.mem ? read32(ea(in)) : r[in.rm];
                            break;
                        case Op.CALL_E: {
                            int target = in.mem ? read32(ea(in)) : r[in.rm];
                            push32(in.pc + in.length);
                            s.eip = target;
                            break;
                        }
                        case Op.MOVZX_R8:
                            r[in.reg] = reg8(in.rm);
                            break;
                        case Op.MOVZX_M8:
                            r[in.reg] = read8(ea(in));
                            break;
                        case Op.MOVZX_M16:
                            r[in.reg] = read16(ea(in));
                            break;
                        case Op.MOVSX_M8:
                            r[in.reg] = (byte) read8(ea(in));
                            break;
                        case Op.SHL_RI32: {
                            int a = r[in.rm];
                            int v = a << in.imm;
                            s.lazy = Flags.SHL << 3 | 4;
                            s.res = v;
                            s.a = a;
                            s.b = in.imm;
                            r[in.rm] = v;
                            break;
                        }
                        case Op.SHR_RI32: {
                            int a = r[in.rm];
                            int v = a >>> in.imm;
                            s.lazy = Flags.SHR << 3 | 4;
                            s.res = v;
                            s.a = a;
                            s.b = in.imm;
                            r[in.rm] = v;
                            break;
                        }
                        case Op.SAR_RI32: {
                            int a = r[in.rm];
                            int v = a >> in.imm;
                            s.lazy = Flags.SAR << 3 | 4;
                            s.res = v;
                            s.a = a;
                            s.b = in.imm;
                            r[in.rm] = v;
                            break;
                        }
                        case Op.SHIFT_RI32:
                            r[in.rm] = Alu.shift(s, in.sub, 4, r[in.rm], in.imm);
                            break;
                        case Op.CMOV_RR32:
                            if (Flags.cond(s, in.sub)) {
                                r[in.reg] = r[in.rm];
                            }
                            break;
                        case Op.SETCC_R:
                            setReg(1, in.rm, Flags.cond(s, in.sub) ? 1 : 0);
                            break;
                        case Op.IMUL_RR32:
                            r[in.reg] = Alu.imul(s, 4, r[in.reg], r[in.rm]);
                            break;
                        default:
                            rare(in);
                            break;
                    }
                }
                runRetired += n;
                if (whole) {
                    if (blk.fallsThrough) {
                        s.eip = blk.endEip;
                    }
                    touch(blk);
                } else {
                    if (n < code.length || blk.fallsThrough) {
                        s.eip = n < code.length ? code[n].pc : blk.endEip;
                    }
                    retireEach(code, n);
                    if (stepping) {
                        // TF was set as the instruction began: #DB after it (a trap, EIP at the next one).
                        return new Exit(ExitKind.TRAP, Vector.DB, 0, 0, code[0].pc, runRetired);
                    }
                }
            } catch (CpuException e) {
                Exit exit = leave(e, code, i);
                if (exit != null) {
                    return exit;
                }
            }
        }
    }

    /** Ends a block early; returns the run's exit, or null to go on (a stale block). */
    private Exit leave(CpuException e, Insn[] code, int i) {
        Insn in = code != null && i < code.length ? code[i] : null;
        int pc = in != null ? in.pc : s.eip;
        int kind = e.kind;
        if (kind == Core.TRAP || kind == Core.SYSCALL) {
            retireEach(code, i + 1);
            runRetired += i + 1;
            return new Exit(kind == Core.TRAP ? ExitKind.TRAP : ExitKind.SYSTEM_CALL, e.vector, 0, 0, pc,
                    runRetired);
        }
        if (code != null) {
            retireEach(code, i);
            runRetired += i;
        }
        s.eip = pc;
        if (kind == CpuException.STALE) {
            return null;
        }
        if (kind == CpuException.STOP) {
            stopRequested = false;
            return new Exit(ExitKind.STOPPED, -1, 0, 0, pc, runRetired);
        }
        return new Exit(ExitKind.FAULT, e.vector, e.errorCode, e.cr2, pc, runRetired);
    }

    private void retireEach(Insn[] code, int n) {
        long[] by = counts.byClass;
        for (int k = 0; k < n; k++) {
            by[code[k].cls]++;
        }
    }

    private void touch(Block b) {
        if (b.runs++ == 0) {
            if (touchedCount == touched.length) {
                flushTouched();
            }
            touched[touchedCount++] = b;
        }
    }

    private void flushTouched() {
        long[] by = counts.byClass;
        for (int k = 0; k < touchedCount; k++) {
            Block b = touched[k];
            int[] per = b.classCounts;
            for (int c = 0; c < per.length; c++) {
                by[c] += per[c] * b.runs;
            }
            b.runs = 0;
            touched[k] = null;
        }
        touchedCount = 0;
    }

    /** The block at {@code eip}, from the cache while its pages are still mapped executable, else decoded. */
    private Block block(int eip) {
        Block b = code.get(eip);
        if (b != null && b.eip == eip) {
            int epoch = pages.epoch;
            if (b.epoch == epoch) {
                return b;
            }
            int vpn = eip >>> 12;
            int i = vpn & PageMap.MASK;
            if (xtag[i] == vpn && xpage[i] == b.page && (b.page2 == null || executable(vpn + 1, b.page2))) {
                b.epoch = epoch;
                return b;
            }
        }
        return builder.build(eip);
    }

    private boolean executable(int vpn, byte[] page) {
        vpn &= 0xfffff;
        int i = vpn & PageMap.MASK;
        return xtag[i] == vpn && xpage[i] == page;
    }

    /** Everything the loop does not inline. */
    private void rare(Insn in) {
        switch (in.op) {
            case Op.ALU_EG -> operands.aluEG(in, false);
            case Op.ALU_EI -> operands.aluEG(in, true);
            case Op.ALU_GE -> operands.aluGE(in);
            case Op.TEST_EG -> operands.test(in, false);
            case Op.TEST_EI -> operands.test(in, true);
            case Op.MOV_EG -> operands.movEG(in, false);
            case Op.MOV_EI -> operands.movEG(in, true);
            case Op.MOV_GE -> operands.movGE(in);
            case Op.LEA16 -> operands.lea(in);
            case Op.XCHG -> operands.xchg(in);
            case Op.INC_E, Op.DEC_E, Op.NOT, Op.NEG -> operands.unary(in);
            case Op.SHIFT -> operands.shift(in);
            case Op.SHLD -> operands.doubleShift(in, false);
            case Op.SHRD -> operands.doubleShift(in, true);
            case Op.BT_G -> operands.bitTest(in, true);
            case Op.BT_I -> operands.bitTest(in, false);
            case Op.BSF -> operands.bitScan(in, false);
            case Op.BSR -> operands.bitScan(in, true);
            case Op.BSWAP -> operands.bswap(in);
            case Op.XADD -> operands.xadd(in);
            case Op.CMPXCHG -> operands.cmpxchg(in);
            case Op.CMPXCHG8B -> operands.cmpxchg8b(in);
            case Op.MOVZX -> operands.extend(in, false);
            case Op.MOVSX -> operands.extend(in, true);
            case Op.SETCC -> operands.setcc(in);
            case Op.CMOV -> operands.cmov(in);
            case Op.IMUL_GE -> setReg(in.size, in.reg, Alu.imul(s, in.size, getReg(in.size, in.reg),
                    in.mem ? read(ea(in), in.size) : getReg(in.size, in.rm)));
            case Op.IMUL_GEI -> setReg(in.size, in.reg, Alu.imul(s, in.size,
                    in.mem ? read(ea(in), in.size) : getReg(in.size, in.rm), in.imm));
            case Op.MUL -> arith.multiply(in, false);
            case Op.IMUL1 -> arith.multiply(in, true);
            case Op.DIV -> arith.divide(in, false);
            case Op.IDIV -> arith.divide(in, true);
            case Op.BCD -> arith.bcd(in);
            case Op.SALC -> arith.salc();
            case Op.CBW -> arith.cbw(in);
            case Op.CWD -> arith.cwd(in);
            case Op.LAHF -> arith.lahf();
            case Op.SAHF -> arith.sahf();
            case Op.FLAG_OP -> {
                if (in.sub == Op.F_CLI || in.sub == Op.F_STI) {
                    system.cliSti(in);
                } else {
                    arith.flagOp(in);
                }
            }
            case Op.PUSH_E -> stack.pushE(in);
            case Op.POP_E -> stack.popE(in);
            case Op.PUSH_I -> stack.pushImm(in);
            case Op.PUSHA -> stack.pusha(in);
            case Op.POPA -> stack.popa(in);
            case Op.ENTER -> stack.enter(in);
            case Op.LEAVE -> stack.leave(in);
            case Op.RET16 -> stack.ret16(in);
            case Op.JMP_E16 -> stack.jmpE16(in);
            case Op.CALL_E16 -> stack.callE16(in);
            case Op.CALL16 -> {
                push(2, in.next());
                s.eip = in.target;
            }
            case Op.LOOP -> stack.loop(in);
            case Op.XLAT -> stack.xlat(in);
            case Op.MOV_AO -> stack.movAO(in);
            case Op.MOV_OA -> stack.movOA(in);
            case Op.BOUND -> stack.bound(in);
            case Op.ARPL -> stack.arpl(in);
            case Op.STRING -> strings.execute(in);
            case Op.PUSHF -> system.pushf(in);
            case Op.POPF -> system.popf(in);
            case Op.PUSH_SEG -> system.pushSeg(in);
            case Op.POP_SEG -> system.popSeg(in);
            case Op.MOV_E_SEG -> system.movFromSeg(in);
            case Op.MOV_SEG_E -> system.movToSeg(in);
            case Op.LOAD_FAR -> system.loadFar(in);
            case Op.IN -> system.in(in);
            case Op.OUT -> system.out(in);
            case Op.INT3 -> system.softwareInterrupt(in, Vector.BP);
            case Op.INT -> system.softwareInterrupt(in, in.imm & 0xff);
            case Op.INTO -> system.into(in);
            case Op.INT1 -> system.int1(in);
            case Op.IRET -> system.iret(in);
            case Op.RETF -> system.retFar(in);
            case Op.JMPF -> system.jmpFar(in, false);
            case Op.JMPF_M -> system.jmpFar(in, true);
            case Op.CALLF -> system.callFar(in, false);
            case Op.CALLF_M -> system.callFar(in, true);
            case Op.CPUID -> system.cpuid();
            case Op.RDTSC -> system.rdtsc(s.timeStamp + runRetired);
            case Op.DESCRIPTOR -> system.descriptor(in);
            case Op.HLT, Op.PRIVILEGED -> throw fault(Vector.GP, 0);
            case Op.STALE -> throw raise.set(CpuException.STALE, -1, 0, 0);
            default -> throw fault(Vector.UD, 0);
        }
    }
}
