package coyotos.studio.x86.decode;

/**
 * One entry of the opcode map: the mnemonic, the operands in the Intel manual's notation (Intel order,
 * destination first: {@code "Ev,Gv"}), the execution id and its variant, and how it decodes. Built once into
 * {@link OpcodeMap}; immutable.
 */
public final class Opcode {
    // operand kinds (high byte of an operand code)
    public static final int K_E = 1, K_G = 2, K_I = 3, K_J = 4, K_A = 5, K_ONE = 6, K_CL = 7, K_DX = 8,
            K_Z = 9, K_S = 10, K_O = 11, K_X = 12, K_Y = 13, K_AP = 14, K_M = 15, K_SEG = 16, K_C = 17, K_D = 18,
            K_I2 = 19;
    // operand sizes (low byte): b byte, w word, d dword, v word/dword by operand size, z immediate of v
    // (at most 32 bits), s byte sign-extended to v, p far pointer, q quadword, a BOUND's pair, n none.
    public static final int S_N = 0, S_B = 1, S_W = 2, S_D = 3, S_V = 4, S_Z = 5, S_S = 6, S_P = 7, S_Q = 8,
            S_A = 9;

    // flags
    public static final int MODRM = 1, BYTE = 2, LOCKABLE = 4, TERMINATOR = 8, REP_OK = 16, MEM_ONLY = 32,
            WORD = 64, DWORD = 128, INVALID = 256, BRANCH = 512, STACK = 1024;

    public final String mnemonic;
    public final int op;
    public final int sub;
    public final int[] operands;
    public final int flags;
    /** For group opcodes: the entry per modrm reg field; null otherwise. */
    final Opcode[] group;

    Opcode(String mnemonic, int op, int sub, String operands, int flags, Opcode[] group) {
        this.mnemonic = mnemonic;
        this.op = op;
        this.sub = sub;
        this.operands = parse(operands);
        this.flags = flags;
        this.group = group;
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    public static int kind(int operand) {
        return operand >>> 8;
    }

    public static int size(int operand) {
        return operand & 0xff;
    }

    private static int[] parse(String spec) {
        if (spec.isEmpty()) {
            return new int[0];
        }
        String[] parts = spec.split(",");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = code(parts[i]);
        }
        return out;
    }

    private static int code(String p) {
        switch (p) {
            case "AL": return K_A << 8 | S_B;
            case "eAX": return K_A << 8 | S_V;
            case "AX": return K_A << 8 | S_W;
            case "1": return K_ONE << 8;
            case "CL": return K_CL << 8 | S_B;
            case "DX": return K_DX << 8 | S_W;
            case "ES": return K_SEG << 8 | Insn.ES;
            case "CS": return K_SEG << 8 | Insn.CS;
            case "SS": return K_SEG << 8 | Insn.SS;
            case "DS": return K_SEG << 8 | Insn.DS;
            case "FS": return K_SEG << 8 | Insn.FS;
            case "GS": return K_SEG << 8 | Insn.GS;
            case "Ib2": return K_I2 << 8 | S_B;
            default:
                break;
        }
        int kind = switch (p.charAt(0)) {
            case 'E' -> K_E;
            case 'G' -> K_G;
            case 'I' -> K_I;
            case 'J' -> K_J;
            case 'Z' -> K_Z;
            case 'S' -> K_S;
            case 'O' -> K_O;
            case 'X' -> K_X;
            case 'Y' -> K_Y;
            case 'A' -> K_AP;
            case 'M' -> K_M;
            case 'C' -> K_C;
            case 'D' -> K_D;
            default -> throw new IllegalArgumentException("operand " + p);
        };
        String s = p.substring(1);
        int size = switch (s) {
            case "", "n" -> S_N;
            case "b" -> S_B;
            case "w" -> S_W;
            case "d" -> S_D;
            case "v" -> S_V;
            case "z" -> S_Z;
            case "s" -> S_S;
            case "p" -> S_P;
            case "q" -> S_Q;
            case "a" -> S_A;
            default -> throw new IllegalArgumentException("operand " + p);
        };
        return kind << 8 | size;
    }

    @Override
    public String toString() {
        return mnemonic;
    }
}
