package coyotos.studio.x86.cpu;

import static coyotos.studio.x86.cpu.CpuState.ESP;

import coyotos.studio.x86.decode.Insn;
import coyotos.studio.x86.decode.Op;

/**
 * The hot loop: find the decoded block at EIP, run its instructions through one flat switch (the common
 * 32-bit forms inline, the rest through {@link SlowPath}), account retired instructions per block, and leave on
 * an exception, a trap, a system call, the budget or a stop request. Nothing is allocated per instruction.
 */
final class Executor extends Core {
    private final BlockBuilder builder;
    private final SlowPath slow;
    private final Retirement retirement = new Retirement();

    Executor(CpuHost host, CodeCache code) {
        super(host, code);
        this.builder = new BlockBuilder(this);
        this.slow = new SlowPath(this);
    }

    Exit run(CpuState state, long budget, InstructionCounts into) {
        bind(state);
        retirement.start(into);
        runRetired = 0;
        slow.strings.elements = 0;
        try {
            return loop(budget);
        } finally {
            retirement.finish();
            into.stringElements += slow.strings.elements;
            state.timeStamp += runRetired;
        }
    }

    private Exit loop(long budget) {
        final CpuState s = this.s;
        final int[] r = this.r;
        Block prev = null;
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
                Block blk = successor(prev, s.eip);
                prev = blk;
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
                        case Op.ADD_RR32:
                            r[in.reg] = Alu.add32(s, r[in.reg], r[in.rm]);
                            break;
                        case Op.SUB_RR32:
                            r[in.reg] = Alu.sub32(s, r[in.reg], r[in.rm]);
                            break;
                        case Op.CMP_RR32:
                            Alu.sub32(s, r[in.reg], r[in.rm]);
                            break;
                        case Op.AND_RR32:
                            r[in.reg] = Alu.logic32(s, r[in.reg] & r[in.rm]);
                            break;
                        case Op.OR_RR32:
                            r[in.reg] = Alu.logic32(s, r[in.reg] | r[in.rm]);
                            break;
                        case Op.XOR_RR32:
                            r[in.reg] = Alu.logic32(s, r[in.reg] ^ r[in.rm]);
                            break;
                        case Op.ADD_RI32:
                            r[in.rm] = Alu.add32(s, r[in.rm], in.imm);
                            break;
                        case Op.SUB_RI32:
                            r[in.rm] = Alu.sub32(s, r[in.rm], in.imm);
                            break;
                        case Op.CMP_RI32:
                            Alu.sub32(s, r[in.rm], in.imm);
                            break;
                        case Op.AND_RI32:
                            r[in.rm] = Alu.logic32(s, r[in.rm] & in.imm);
                            break;
                        case Op.OR_RI32:
                            r[in.rm] = Alu.logic32(s, r[in.rm] | in.imm);
                            break;
                        case Op.XOR_RI32:
                            r[in.rm] = Alu.logic32(s, r[in.rm] ^ in.imm);
                            break;
                        case Op.ADD_RM32:
                            r[in.reg] = Alu.add32(s, r[in.reg], read32(ea(in)));
                            break;
                        case Op.SUB_RM32:
                            r[in.reg] = Alu.sub32(s, r[in.reg], read32(ea(in)));
                            break;
                        case Op.CMP_RM32:
                            Alu.sub32(s, r[in.reg], read32(ea(in)));
                            break;
                        case Op.AND_RM32:
                            r[in.reg] = Alu.logic32(s, r[in.reg] & read32(ea(in)));
                            break;
                        case Op.OR_RM32:
                            r[in.reg] = Alu.logic32(s, r[in.reg] | read32(ea(in)));
                            break;
                        case Op.XOR_RM32:
                            r[in.reg] = Alu.logic32(s, r[in.reg] ^ read32(ea(in)));
                            break;
                        case Op.CMP_MR32:
                            Alu.sub32(s, read32(ea(in)), r[in.reg]);
                            break;
                        case Op.CMP_MI32:
                            Alu.sub32(s, read32(ea(in)), in.imm);
                            break;
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
                            Alu.logic32(s, r[in.reg] & r[in.rm]);
                            break;
                        case Op.TEST_RI32:
                            Alu.logic32(s, r[in.rm] & in.imm);
                            break;
                        case Op.XOR_ZERO32:
                            r[in.rm] = Alu.logic32(s, 0);
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
                        case Op.SHL_RI32:
                            r[in.rm] = Alu.shift32(s, Flags.SHL, r[in.rm], in.imm, r[in.rm] << in.imm);
                            break;
                        case Op.SHR_RI32:
                            r[in.rm] = Alu.shift32(s, Flags.SHR, r[in.rm], in.imm, r[in.rm] >>> in.imm);
                            break;
                        case Op.SAR_RI32:
                            r[in.rm] = Alu.shift32(s, Flags.SAR, r[in.rm], in.imm, r[in.rm] >> in.imm);
                            break;
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
                            slow.execute(in);
                            break;
                    }
                }
                runRetired += n;
                if (whole) {
                    if (blk.fallsThrough) {
                        s.eip = blk.endEip;
                    }
                    retirement.touch(blk);
                } else {
                    if (n < code.length || blk.fallsThrough) {
                        s.eip = n < code.length ? code[n].pc : blk.endEip;
                    }
                    retirement.retire(code, n);
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
            retirement.retire(code, i + 1);
            runRetired += i + 1;
            return new Exit(kind == Core.TRAP ? ExitKind.TRAP : ExitKind.SYSTEM_CALL, e.vector, 0, 0, pc,
                    runRetired);
        }
        if (code != null) {
            retirement.retire(code, i);
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

    /**
     * The block at {@code eip}: one of the two that last followed {@code prev} if nothing has changed since
     * (the page map's epoch moves on with every change to translations or decoded code), else from the cache.
     */
    private Block successor(Block prev, int eip) {
        if (prev != null) {
            int epoch = pages.epoch;
            Block n = prev.next;
            if (n != null && n.eip == eip && n.epoch == epoch) {
                return n;
            }
            n = prev.other;
            if (n != null && n.eip == eip && n.epoch == epoch) {
                return n;
            }
            n = block(eip);
            prev.other = prev.next;
            prev.next = n;
            return n;
        }
        return block(eip);
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

}
