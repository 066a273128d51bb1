package coyotos.studio.x86.disasm;

import static coyotos.studio.x86.decode.Opcode.K_A;
import static coyotos.studio.x86.decode.Opcode.K_AP;
import static coyotos.studio.x86.decode.Opcode.K_C;
import static coyotos.studio.x86.decode.Opcode.K_CL;
import static coyotos.studio.x86.decode.Opcode.K_D;
import static coyotos.studio.x86.decode.Opcode.K_DX;
import static coyotos.studio.x86.decode.Opcode.K_E;
import static coyotos.studio.x86.decode.Opcode.K_G;
import static coyotos.studio.x86.decode.Opcode.K_I;
import static coyotos.studio.x86.decode.Opcode.K_I2;
import static coyotos.studio.x86.decode.Opcode.K_J;
import static coyotos.studio.x86.decode.Opcode.K_M;
import static coyotos.studio.x86.decode.Opcode.K_O;
import static coyotos.studio.x86.decode.Opcode.K_ONE;
import static coyotos.studio.x86.decode.Opcode.K_S;
import static coyotos.studio.x86.decode.Opcode.K_SEG;
import static coyotos.studio.x86.decode.Opcode.K_X;
import static coyotos.studio.x86.decode.Opcode.K_Y;
import static coyotos.studio.x86.decode.Opcode.K_Z;

import coyotos.studio.x86.decode.Insn;
import coyotos.studio.x86.decode.Op;
import coyotos.studio.x86.decode.Opcode;
import java.util.ArrayList;
import java.util.List;

/** AT&amp;T syntax the way GNU objdump writes it, from a decoded (not specialised) instruction. */
final class AttSyntax {
    private static final String[] R32 = {"%eax", "%ecx", "%edx", "%ebx", "%esp", "%ebp", "%esi", "%edi"};
    private static final String[] R16 = {"%ax", "%cx", "%dx", "%bx", "%sp", "%bp", "%si", "%di"};
    private static final String[] R8 = {"%al", "%cl", "%dl", "%bl", "%ah", "%ch", "%dh", "%bh"};
    private static final String[] SEG = {"%es", "%cs", "%ss", "%ds", "%fs", "%gs", "%?", "%?"};
    private static final String[] SEG_PREFIX = {"es", "cs", "ss", "ds", "fs", "gs"};

    private AttSyntax() {
    }

    static String format(Insn in) {
        Opcode e = in.opcode;
        if (e.mnemonic.startsWith("(")) {
            return e.mnemonic;
        }
        String special = special(in);
        if (special != null) {
            return special;
        }
        StringBuilder prefixes = new StringBuilder();
        if ((in.prefixes & Insn.P_LOCK) != 0) {
            prefixes.append("lock ");
        }
        boolean string = e.has(Opcode.REP_OK);
        boolean compares = in.op == Op.STRING && (in.sub == Op.STR_CMPS || in.sub == Op.STR_SCAS);
        if ((in.prefixes & Insn.P_REP) != 0) {
            prefixes.append(string && !compares ? "rep " : "repz ");
        } else if ((in.prefixes & Insn.P_REPNE) != 0) {
            prefixes.append("repnz ");
        }
        boolean memory = in.mem || hasKind(e, K_X) || hasKind(e, K_Y) || hasKind(e, K_M);
        if (in.segOverride >= 0 && !memory) {
            prefixes.append(SEG_PREFIX[in.segOverride]).append(' ');
        }
        if ((in.prefixes & Insn.P_ADDRSIZE) != 0 && !memory && in.op != Op.LOOP) {
            prefixes.append("addr16 ");
        }
        List<String> ops = new ArrayList<>();
        for (int operand : e.operands) {
            String s = operand(in, e, operand);
            if (s != null) {
                ops.add(s);
            }
        }
        boolean keepOrder = in.op == Op.ENTER || in.op == Op.BOUND; // as objdump prints them
        StringBuilder sb = new StringBuilder(prefixes);
        String mnemonic = mnemonic(in, e);
        sb.append(mnemonic);
        if (!ops.isEmpty()) {
            pad(sb, prefixes.length() + mnemonic.length());
            for (int i = 0; i < ops.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(ops.get(keepOrder ? i : ops.size() - 1 - i));
            }
        }
        return sb.toString();
    }

    /** objdump pads the mnemonic (with its prefixes) to six characters and a space. */
    private static void pad(StringBuilder sb, int width) {
        sb.append(' ');
        for (int i = width + 1; i < 7; i++) {
            sb.append(' ');
        }
    }

    private static String special(Insn in) {
        Opcode e = in.opcode;
        if (e.op == Op.NOP && e.operands.length == 0) {
            if ((in.prefixes & Insn.P_REP) != 0) {
                return "pause";
            }
            if ((in.prefixes & Insn.P_OPSIZE) != 0) {
                return "xchg   %ax,%ax";
            }
        }
        if (e.op == Op.NOP && e.operands.length == 1 && (in.prefixes & Insn.P_REP) != 0 && !in.mem
                && in.reg == 7 && (in.rm == 2 || in.rm == 3) && e.mnemonic.equals("nop")) {
            return in.rm == 3 ? "endbr32" : "endbr64";
        }
        if (e.op == Op.XLAT) {
            return "xlat   " + segment(in, Insn.DS) + (in.addrSize == 2 ? "(%bx)" : "(%ebx)");
        }
        return null;
    }

    private static boolean hasKind(Opcode e, int kind) {
        for (int o : e.operands) {
            if (Opcode.kind(o) == kind) {
                return true;
            }
        }
        return false;
    }

    private static String mnemonic(Insn in, Opcode e) {
        String m = e.mnemonic;
        int size = in.size;
        switch (e.op) {
            case Op.CBW:
                return size == 2 ? "cbtw" : "cwtl";
            case Op.CWD:
                return size == 2 ? "cwtd" : "cltd";
            case Op.MOVZX:
            case Op.MOVSX:
                return m + (size == 2 ? "w" : "l");
            case Op.LOOP:
                return in.sub == 3 && in.addrSize == 2 ? "jcxz" : m;
            case Op.PUSHA: case Op.POPA: case Op.PUSHF: case Op.POPF: case Op.IRET: case Op.RET: case Op.RETF:
            case Op.LEAVE: case Op.ENTER:
                return size == 2 ? m + "w" : m;
            case Op.PUSH_SEG: case Op.POP_SEG: case Op.PUSH_I: case Op.PUSH_E: case Op.POP_E:
                return size == 2 && (in.mem || e.operands.length == 0 || Opcode.kind(e.operands[0]) != K_Z)
                        ? m + "w" : m; // the stack's own size needs no suffix
            case Op.SETCC: case Op.DESCRIPTOR: case Op.PRIVILEGED: case Op.CMPXCHG8B: case Op.JMP_E:
            case Op.CALL_E: case Op.JMPF_M: case Op.CALLF_M:
                return m;
            default:
                break;
        }
        if (m.startsWith("prefetch") || e.has(Opcode.WORD)) {
            return m;
        }
        return needsSuffix(in, e) ? m + suffix(in, e) : m;
    }

    /** A size suffix where a memory operand has no register operand beside it to say its size. */
    private static boolean needsSuffix(Insn in, Opcode e) {
        boolean memory = false;
        for (int o : e.operands) {
            switch (Opcode.kind(o)) {
                case K_E:
                    if (!in.mem) {
                        return false;
                    }
                    memory = true;
                    break;
                case K_G: case K_A: case K_Z: case K_S: case K_SEG: case K_C: case K_D:
                    return false;
                case K_M: case K_X: case K_Y:
                    memory = true;
                    break;
                default:
                    break;
            }
        }
        return memory;
    }

    private static String suffix(Insn in, Opcode e) {
        int size = e.has(Opcode.BYTE) ? 1 : in.size;
        return size == 1 ? "b" : size == 2 ? "w" : "l";
    }

    private static String reg(int size, int n) {
        return size == 4 ? R32[n] : size == 2 ? R16[n] : R8[n];
    }

    /** The size an operand code names. */
    private static int sizeOf(Insn in, int operand) {
        return switch (Opcode.size(operand)) {
            case Opcode.S_B -> 1;
            case Opcode.S_W -> 2;
            case Opcode.S_D -> 4;
            default -> in.size;
        };
    }

    private static String operand(Insn in, Opcode e, int operand) {
        int kind = Opcode.kind(operand);
        switch (kind) {
            case K_E:
            case K_M: {
                if (in.mem) {
                    String mem = memory(in);
                    return e.op == Op.JMP_E || e.op == Op.CALL_E || e.op == Op.JMPF_M || e.op == Op.CALLF_M
                            ? "*" + mem : mem;
                }
                int size = sizeOf(in, operand);
                if (e.op == Op.MOV_E_SEG || e.op == Op.MOV_SEG_E || e.op == Op.DESCRIPTOR
                        && (in.sub == Op.D_SLDT || in.sub == Op.D_STR || in.sub == Op.D_SMSW
                        || in.sub == Op.D_LAR || in.sub == Op.D_LSL)) {
                    size = (in.prefixes & Insn.P_OPSIZE) != 0 ? 2 : 4; // the register is written whole
                }
                String r = reg(size, in.rm);
                return e.op == Op.JMP_E || e.op == Op.CALL_E ? "*" + r : r;
            }
            case K_G:
                return reg(e.op == Op.DESCRIPTOR ? in.size : sizeOf(in, operand), in.reg);
            case K_Z:
                return reg(sizeOf(in, operand), in.rm);
            case K_A:
                return reg(sizeOf(in, operand), 0);
            case K_I:
                return "$0x" + Integer.toHexString(immediate(in, operand));
            case K_I2:
                return "$0x" + Integer.toHexString(in.imm2 & 0xff);
            case K_J:
                return Integer.toHexString(in.target);
            case K_ONE:
                return null;
            case K_CL:
                return "%cl";
            case K_DX:
                return "(%dx)";
            case K_S:
                return SEG[in.sub & 7];
            case K_SEG:
                return SEG[Opcode.size(operand)];
            case K_O:
                return memory(in);
            case K_X:
                return segment(in, Insn.DS) + (in.addrSize == 2 ? "(%si)" : "(%esi)");
            case K_Y:
                return "%es:" + (in.addrSize == 2 ? "(%di)" : "(%edi)");
            case K_AP:
                return "$0x" + Integer.toHexString(in.imm2 & 0xffff) + ",$0x" + Integer.toHexString(in.imm);
            case K_C:
                return "%cr" + in.reg;
            case K_D:
                return "%db" + in.reg;
            default:
                return "?";
        }
    }

    private static int immediate(Insn in, int operand) {
        int v = in.imm;
        return switch (Opcode.size(operand)) {
            case Opcode.S_B -> v & 0xff;
            case Opcode.S_W -> v & 0xffff;
            default -> in.size == 2 ? v & 0xffff : in.size == 1 ? v & 0xff : v;
        };
    }

    private static String segment(Insn in, int fallback) {
        int seg = in.segOverride >= 0 ? in.segOverride : fallback;
        return SEG[seg] + ":";
    }

    private static String memory(Insn in) {
        StringBuilder sb = new StringBuilder();
        if (in.segOverride >= 0) {
            sb.append(SEG[in.segOverride]).append(':');
        }
        boolean wide = in.addrSize == 4;
        String[] regs = wide ? R32 : R16;
        boolean hasBase = in.base != Insn.NO_REG;
        boolean hasIndex = in.index != Insn.NO_REG;
        boolean eiz = wide && in.sib && !hasIndex && (in.base != 4 || in.scale != 0 || !hasBase);
        if (!hasBase && !hasIndex && !eiz) {
            sb.append("0x").append(Integer.toHexString(wide ? in.disp : in.disp & 0xffff));
            return sb.toString();
        }
        if (in.dispSize > 0) {
            if (!hasBase) {
                sb.append("0x").append(Integer.toHexString(in.disp));
            } else {
                int d = in.disp;
                sb.append(d < 0 ? "-0x" : "0x").append(Integer.toHexString(d < 0 ? -d : d));
            }
        }
        sb.append('(');
        if (hasBase) {
            sb.append(regs[in.base]);
        }
        if (hasIndex || eiz) {
            sb.append(',').append(hasIndex ? regs[in.index] : "%eiz");
            if (wide) {
                sb.append(',').append(1 << in.scale);
            }
        }
        return sb.append(')').toString();
    }
}
