package coyotos.studio.x86.cpu;

import coyotos.studio.x86.decode.Insn;
import coyotos.studio.x86.decode.Op;

/**
 * Every instruction the hot loop does not run inline: the size-generic forms and the rarer instructions,
 * dispatched to the class that implements their family.
 */
final class SlowPath {
    private final Core c;
    private final OperandOps operands;
    private final ArithOps arith;
    private final StackOps stack;
    final StringOps strings;
    private final SystemOps system;

    SlowPath(Core core) {
        this.c = core;
        this.operands = new OperandOps(core);
        this.arith = new ArithOps(core);
        this.stack = new StackOps(core);
        this.strings = new StringOps(core);
        this.system = new SystemOps(core);
    }

    void execute(Insn in) {
        CpuState s = c.s;
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
            case Op.IMUL_GE -> c.setReg(in.size, in.reg, Alu.imul(s, in.size, c.getReg(in.size, in.reg),
                    in.mem ? c.read(c.ea(in), in.size) : c.getReg(in.size, in.rm)));
            case Op.IMUL_GEI -> c.setReg(in.size, in.reg, Alu.imul(s, in.size,
                    in.mem ? c.read(c.ea(in), in.size) : c.getReg(in.size, in.rm), in.imm));
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
                c.push(2, in.next());
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
            case Op.RDTSC -> system.rdtsc(s.timeStamp + c.runRetired);
            case Op.DESCRIPTOR -> system.descriptor(in);
            case Op.HLT, Op.PRIVILEGED -> throw c.fault(Vector.GP, 0);
            case Op.STALE -> throw c.raise.set(CpuException.STALE, -1, 0, 0);
            default -> throw c.fault(Vector.UD, 0);
        }
    }
}
