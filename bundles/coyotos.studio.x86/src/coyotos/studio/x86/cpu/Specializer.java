package coyotos.studio.x86.cpu;

import coyotos.studio.x86.decode.Insn;
import coyotos.studio.x86.decode.Op;

/**
 * Turns a decoded instruction into what the hot loop runs: the 32-bit register and memory forms of the common
 * instructions get their own execution ids (with operands rearranged so each case reads fixed fields), and
 * every instruction gets its cost class. The disassembler never sees a specialised instruction.
 */
final class Specializer {
    private Specializer() {
    }

    static void specialize(Insn in) {
        boolean d32 = in.size == 4;
        switch (in.op) {
            case Op.MOV_EG -> {
                if (d32) {
                    if (in.mem) {
                        in.op = Op.MOV_MR32;
                    } else {
                        swap(in);
                        in.op = Op.MOV_RR32;
                    }
                }
            }
            case Op.MOV_GE -> {
                if (d32) {
                    in.op = in.mem ? Op.MOV_RM32 : Op.MOV_RR32;
                }
            }
            case Op.MOV_EI -> {
                if (d32) {
                    in.op = in.mem ? Op.MOV_MI32 : Op.MOV_RI32;
                }
            }
            case Op.LEA32 -> {
                if (!d32) {
                    in.op = Op.LEA16;
                }
            }
            case Op.ALU_EG -> {
                if (d32) {
                    if (in.mem) {
                        in.op = Op.ALU_MR32;
                    } else if (in.reg == in.rm && (in.sub == Op.XOR || in.sub == Op.SUB)) {
                        in.op = Op.XOR_ZERO32;
                    } else {
                        swap(in);
                        in.op = common(in.sub, Op.ALU_RR32, Op.ADD_RR32);
                    }
                }
                if (in.op == Op.ALU_MR32 && in.sub == Op.CMP) {
                    in.op = Op.CMP_MR32;
                }
            }
            case Op.ALU_GE -> {
                if (d32) {
                    if (!in.mem && in.reg == in.rm && (in.sub == Op.XOR || in.sub == Op.SUB)) {
                        in.op = Op.XOR_ZERO32;
                        in.rm = in.reg;
                    } else if (in.mem) {
                        in.op = common(in.sub, Op.ALU_RM32, Op.ADD_RM32);
                    } else {
                        in.op = common(in.sub, Op.ALU_RR32, Op.ADD_RR32);
                    }
                }
            }
            case Op.ALU_EI -> {
                if (d32) {
                    if (in.mem) {
                        in.op = in.sub == Op.CMP ? Op.CMP_MI32 : Op.ALU_MI32;
                    } else {
                        in.op = common(in.sub, Op.ALU_RI32, Op.ADD_RI32);
                    }
                }
            }
            case Op.JCC -> {
                if (in.sub == 4) {
                    in.op = Op.JZ;
                } else if (in.sub == 5) {
                    in.op = Op.JNZ;
                }
            }
            case Op.TEST_EG -> {
                if (d32 && !in.mem) {
                    in.op = Op.TEST_RR32;
                }
            }
            case Op.TEST_EI -> {
                if (d32 && !in.mem) {
                    in.op = Op.TEST_RI32;
                }
            }
            case Op.INC_E -> {
                if (d32 && !in.mem) {
                    in.op = Op.INC_R32;
                }
            }
            case Op.DEC_E -> {
                if (d32 && !in.mem) {
                    in.op = Op.DEC_R32;
                }
            }
            case Op.PUSH_E -> {
                if (d32) {
                    in.op = in.mem ? Op.PUSH_M32 : Op.PUSH_R32;
                }
            }
            case Op.POP_E -> {
                if (d32 && !in.mem) {
                    in.op = Op.POP_R32;
                }
            }
            case Op.PUSH_I -> {
                if (d32) {
                    in.op = Op.PUSH_I32;
                }
            }
            case Op.RET -> {
                if (!d32) {
                    in.op = Op.RET16;
                }
            }
            case Op.JMP_E -> {
                if (!d32) {
                    in.op = Op.JMP_E16;
                }
            }
            case Op.CALL_E -> {
                if (!d32) {
                    in.op = Op.CALL_E16;
                }
            }
            case Op.CALL -> {
                if (!d32) {
                    in.op = Op.CALL16;
                }
            }
            case Op.MOVZX -> {
                if (d32) {
                    if (in.sub == 1) {
                        in.op = in.mem ? Op.MOVZX_M8 : Op.MOVZX_R8;
                    } else if (in.mem) {
                        in.op = Op.MOVZX_M16;
                    }
                }
            }
            case Op.MOVSX -> {
                if (d32 && in.sub == 1 && in.mem) {
                    in.op = Op.MOVSX_M8;
                }
            }
            case Op.SHIFT -> {
                if (d32 && !in.mem && in.imm != Op.COUNT_CL) {
                    int count = in.imm & 0x1f;
                    if (count == 0) {
                        in.op = Op.NOP; // a masked count of 0 changes nothing, flags included
                    } else if (in.sub == Op.SHL || in.sub == Op.SAL) {
                        in.op = Op.SHL_RI32;
                    } else if (in.sub == Op.SHR) {
                        in.op = Op.SHR_RI32;
                    } else if (in.sub == Op.SAR) {
                        in.op = Op.SAR_RI32;
                    } else {
                        in.op = Op.SHIFT_RI32;
                    }
                    if (in.op != Op.SHIFT_RI32) {
                        in.imm = count;
                    }
                }
            }
            case Op.CMOV -> {
                if (d32 && !in.mem) {
                    in.op = Op.CMOV_RR32;
                }
            }
            case Op.SETCC -> {
                if (!in.mem) {
                    in.op = Op.SETCC_R;
                }
            }
            case Op.IMUL_GE -> {
                if (d32 && !in.mem) {
                    in.op = Op.IMUL_RR32;
                }
            }
            default -> {
                // generic execution
            }
        }
        in.cls = classOf(in).ordinal();
    }

    /** The id of ALU operation {@code sub} among the six with their own id (from {@code first}), else the generic id. */
    private static int common(int sub, int generic, int first) {
        return switch (sub) {
            case Op.ADD -> first;
            case Op.OR -> first + 1;
            case Op.AND -> first + 2;
            case Op.SUB -> first + 3;
            case Op.XOR -> first + 4;
            case Op.CMP -> first + 5;
            default -> generic;
        };
    }

    /** The hot register-register forms read "r[reg] op= r[rm]": put the destination in reg. */
    private static void swap(Insn in) {
        int t = in.reg;
        in.reg = in.rm;
        in.rm = t;
    }

    /** Whether the instruction must start a block of its own (it reads the retired-instruction count). */
    static boolean startsBlock(Insn in) {
        return in.op == Op.RDTSC;
    }

    static InstructionClass classOf(Insn in) {
        switch (in.op) {
            case Op.JMP, Op.JCC, Op.JZ, Op.JNZ, Op.CALL, Op.CALL16, Op.RET, Op.RET16, Op.JMP_E, Op.JMP_E16, Op.CALL_E,
                    Op.CALL_E16, Op.LOOP, Op.IRET, Op.RETF, Op.JMPF, Op.CALLF, Op.JMPF_M, Op.CALLF_M:
                return InstructionClass.BRANCH;
            case Op.MUL, Op.IMUL1, Op.IMUL_GE, Op.IMUL_GEI, Op.IMUL_RR32:
                return InstructionClass.MULTIPLY;
            case Op.DIV, Op.IDIV:
                return InstructionClass.DIVIDE;
            case Op.STRING:
                return InstructionClass.STRING;
            case Op.INT3, Op.INT, Op.INTO, Op.INT1, Op.CPUID, Op.RDTSC, Op.PUSHF, Op.POPF, Op.PUSH_SEG,
                    Op.POP_SEG, Op.MOV_SEG_E, Op.LOAD_FAR, Op.ENTER, Op.DESCRIPTOR, Op.IN, Op.OUT, Op.BOUND,
                    Op.PRIVILEGED, Op.UD, Op.HLT, Op.CMPXCHG8B:
                return InstructionClass.SYSTEM;
            case Op.LEA32, Op.LEA16, Op.NOP:
                return InstructionClass.SIMPLE;
            case Op.PUSH_R32, Op.POP_R32, Op.PUSH_I32, Op.PUSH_M32, Op.PUSH_E, Op.POP_E, Op.PUSH_I, Op.PUSHA,
                    Op.POPA, Op.LEAVE, Op.XLAT, Op.MOV_AO, Op.MOV_OA:
                return InstructionClass.MEMORY;
            default:
                return in.mem ? InstructionClass.MEMORY : InstructionClass.SIMPLE;
        }
    }
}
