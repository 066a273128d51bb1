package coyotos.studio.x86.decode;

import static coyotos.studio.x86.decode.Opcode.K_AP;
import static coyotos.studio.x86.decode.Opcode.K_A;
import static coyotos.studio.x86.decode.Opcode.K_C;
import static coyotos.studio.x86.decode.Opcode.K_CL;
import static coyotos.studio.x86.decode.Opcode.K_D;
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
import static coyotos.studio.x86.decode.Opcode.K_Z;

/**
 * Decodes one IA-32 instruction in 32-bit protected mode (Intel SDM Vol. 2 chapter 2): legacy prefixes, the
 * one-byte map or the 0F page, modrm/SIB addressing in 32-bit and (under 67) 16-bit form, displacements and
 * immediates. The result is architectural, not yet specialised for execution: the disassembler prints it as is,
 * the interpreter specialises its execution id.
 */
public final class Decoder {
    /** Where instruction bytes come from: the byte at a linear address (0-255), or -1 if it cannot be fetched. */
    @FunctionalInterface
    public interface CodeBytes {
        int at(int address);
    }

    public static final int OK = 0;
    /** A byte could not be fetched; {@link #faultAddress} says which. */
    public static final int FETCH_FAULT = 1;
    /** More than 15 bytes: #GP(0) (Intel SDM Vol. 2 §2.3.11). */
    public static final int TOO_LONG = 2;
    public static final int MAX_LENGTH = 15;

    /** The address whose fetch failed, after {@link #FETCH_FAULT}. */
    public int faultAddress;

    private CodeBytes code;
    private int start;
    private int at;

    /** Decodes the instruction at {@code pc} into {@code in}; returns {@link #OK} or a failure code. */
    public int decode(CodeBytes code, int pc, Insn in) {
        this.code = code;
        this.start = pc;
        this.at = pc;
        in.clear();
        in.pc = pc;
        try {
            return decode(in);
        } catch (Failure f) {
            return f.code;
        } finally {
            this.code = null;
        }
    }

    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int code;

        Failure(int code) {
            super(null, null, false, false);
            this.code = code;
        }
    }

    private static final Failure FETCH = new Failure(FETCH_FAULT);
    private static final Failure LONG = new Failure(TOO_LONG);

    private int next() {
        if (at - start >= MAX_LENGTH) {
            throw LONG;
        }
        int b = code.at(at);
        if (b < 0) {
            faultAddress = at;
            throw FETCH;
        }
        at++;
        return b;
    }

    private int imm(int bytes) {
        int v = 0;
        for (int i = 0; i < bytes; i++) {
            v |= next() << (8 * i);
        }
        return v;
    }

    private int decode(Insn in) {
        int prefixes = 0;
        int b;
        boolean more = true;
        do {
            b = next();
            switch (b) {
                case 0xf0 -> prefixes |= Insn.P_LOCK;
                case 0xf2 -> prefixes = (prefixes & ~Insn.P_REP) | Insn.P_REPNE;
                case 0xf3 -> prefixes = (prefixes & ~Insn.P_REPNE) | Insn.P_REP;
                case 0x26 -> in.segOverride = Insn.ES;
                case 0x2e -> in.segOverride = Insn.CS;
                case 0x36 -> in.segOverride = Insn.SS;
                case 0x3e -> in.segOverride = Insn.DS;
                case 0x64 -> in.segOverride = Insn.FS;
                case 0x65 -> in.segOverride = Insn.GS;
                case 0x66 -> prefixes |= Insn.P_OPSIZE;
                case 0x67 -> prefixes |= Insn.P_ADDRSIZE;
                default -> more = false;
            }
        } while (more);
        in.prefixes = prefixes;
        int opsize = (prefixes & Insn.P_OPSIZE) != 0 ? 2 : 4;
        in.addrSize = (prefixes & Insn.P_ADDRSIZE) != 0 ? 2 : 4;
        Opcode e;
        if (b == 0x0f) {
            b = next();
            e = OpcodeMap.TWO[b];
        } else {
            e = OpcodeMap.ONE[b];
        }
        int modrm = -1;
        if (e.has(Opcode.MODRM)) {
            modrm = next();
            if (e.group != null) {
                e = e.group[(modrm >> 3) & 7];
            }
        }
        in.opcode = e;
        in.op = e.op;
        in.sub = e.sub;
        in.size = e.has(Opcode.BYTE) ? 1 : e.has(Opcode.WORD) ? 2 : e.has(Opcode.DWORD) ? 4 : opsize;
        in.terminator = e.has(Opcode.TERMINATOR) || e.has(Opcode.INVALID);
        if (modrm >= 0) {
            in.reg = (modrm >> 3) & 7;
            if ((modrm >> 6) == 3 || hasKind(e, K_C) || hasKind(e, K_D)) {
                in.rm = modrm & 7;
            } else {
                in.mem = true;
                if (in.addrSize == 4) {
                    address32(in, modrm);
                } else {
                    address16(in, modrm);
                }
            }
        }
        if (in.segOverride >= 0) {
            in.seg = in.segOverride;
        }
        for (int operand : e.operands) {
            operand(in, e, operand, opsize, b);
        }
        in.length = at - start;
        in.flatAddress = in.addrSize == 4 && in.seg != Insn.FS && in.seg != Insn.GS;
        if (in.op == Op.JCC || in.op == Op.JMP || in.op == Op.CALL || in.op == Op.LOOP) {
            in.target = in.pc + in.length + in.imm;
            if (opsize == 2) {
                in.target &= 0xffff; // a 16-bit operand size clears EIP's upper half (SDM Vol. 2, JMP/Jcc/CALL)
            }
        }
        if (!in.mem && e.has(Opcode.MEM_ONLY) && !e.has(Opcode.INVALID)) {
            in.op = Op.UD;
            in.terminator = true;
        }
        if ((prefixes & Insn.P_LOCK) != 0 && !(e.has(Opcode.LOCKABLE) && in.mem)) {
            // LOCK on an instruction that cannot be locked, or with a register destination: #UD.
            in.op = Op.UD;
            in.terminator = true;
        }
        return OK;
    }

    private static boolean hasKind(Opcode e, int kind) {
        for (int o : e.operands) {
            if (Opcode.kind(o) == kind) {
                return true;
            }
        }
        return false;
    }

    private void operand(Insn in, Opcode e, int operand, int opsize, int opcodeByte) {
        int kind = Opcode.kind(operand);
        int size = Opcode.size(operand);
        switch (kind) {
            case K_I -> in.imm = immediate(size, opsize, in.size);
            case K_I2 -> in.imm2 = next();
            case K_J -> in.imm = size == Opcode.S_B ? (byte) next() : opsize == 2 ? (short) imm(2) : imm(4);
            case K_Z -> in.rm = opcodeByte & 7;
            case K_A -> {
                // The accumulator in an operation's E slot (add %al, test %eax, xchg): register 0.
                if (e.operands[0] == operand) {
                    in.rm = 0;
                }
            }
            case K_ONE -> in.imm = 1;
            case K_CL -> {
                if (in.op == Op.SHIFT || in.op == Op.SHLD || in.op == Op.SHRD) {
                    in.imm = Op.COUNT_CL;
                }
            }
            case K_O -> {
                in.mem = true;
                in.disp = imm(in.addrSize);
                in.dispSize = in.addrSize;
                in.eaMask = in.addrSize == 2 ? 0xffff : -1;
            }
            case K_AP -> {
                in.imm = imm(opsize);
                in.imm2 = imm(2);
            }
            case K_SEG -> in.sub = size;
            case K_S -> in.sub = in.reg;
            case K_E, K_G, K_M, K_C, K_D -> {
                // decoded with the modrm byte
            }
            default -> {
                // X, Y, DX: implicit
            }
        }
    }

    /** An immediate, as the operand value within the operation size (sign-extended ones masked to it). */
    private int immediate(int size, int opsize, int opSizeBytes) {
        switch (size) {
            case Opcode.S_B:
                return next();
            case Opcode.S_W:
                return imm(2);
            case Opcode.S_D:
                return imm(4);
            case Opcode.S_S: {
                int v = (byte) next();
                return opSizeBytes == 2 ? v & 0xffff : opSizeBytes == 1 ? v & 0xff : v;
            }
            default:
                return imm(opsize);
        }
    }

    private void address32(Insn in, int modrm) {
        int mod = modrm >> 6;
        int rm = modrm & 7;
        if (rm == 4) {
            in.sib = true;
            int sib = next();
            in.scale = sib >> 6;
            int index = (sib >> 3) & 7;
            in.index = index == 4 ? Insn.NO_REG : index;
            int base = sib & 7;
            if (base == 5 && mod == 0) {
                in.base = Insn.NO_REG;
                in.disp = imm(4);
                in.dispSize = 4;
            } else {
                in.base = base;
            }
        } else if (rm == 5 && mod == 0) {
            in.base = Insn.NO_REG;
            in.disp = imm(4);
            in.dispSize = 4;
        } else {
            in.base = rm;
        }
        if (mod == 1) {
            in.disp = (byte) next();
            in.dispSize = 1;
        } else if (mod == 2) {
            in.disp = imm(4);
            in.dispSize = 4;
        }
        if (in.base == 4 || in.base == 5) {
            in.seg = Insn.SS;
        }
    }

    private static final int[] BASE16 = {3, 3, 5, 5, 6, 7, 5, 3};
    private static final int[] INDEX16 = {6, 7, 6, 7, Insn.NO_REG, Insn.NO_REG, Insn.NO_REG, Insn.NO_REG};

    private void address16(Insn in, int modrm) {
        int mod = modrm >> 6;
        int rm = modrm & 7;
        in.eaMask = 0xffff;
        if (mod == 0 && rm == 6) {
            in.base = Insn.NO_REG;
            in.disp = imm(2) & 0xffff;
            in.dispSize = 2;
            return;
        }
        in.base = BASE16[rm];
        in.index = INDEX16[rm];
        if (mod == 1) {
            in.disp = (byte) next();
            in.dispSize = 1;
        } else if (mod == 2) {
            in.disp = (short) imm(2);
            in.dispSize = 2;
        }
        if (rm == 2 || rm == 3 || rm == 6) {
            in.seg = Insn.SS;
        }
    }
}
