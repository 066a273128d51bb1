package coyotos.studio.x86.decode;

import static coyotos.studio.x86.decode.Opcode.BRANCH;
import static coyotos.studio.x86.decode.Opcode.BYTE;
import static coyotos.studio.x86.decode.Opcode.DWORD;
import static coyotos.studio.x86.decode.Opcode.INVALID;
import static coyotos.studio.x86.decode.Opcode.LOCKABLE;
import static coyotos.studio.x86.decode.Opcode.MEM_ONLY;
import static coyotos.studio.x86.decode.Opcode.MODRM;
import static coyotos.studio.x86.decode.Opcode.REP_OK;
import static coyotos.studio.x86.decode.Opcode.STACK;
import static coyotos.studio.x86.decode.Opcode.TERMINATOR;
import static coyotos.studio.x86.decode.Opcode.WORD;

/**
 * The IA-32 opcode maps for 32-bit protected mode as the Intel SDM Vol. 2 appendix A lays them out: the
 * one-byte map and the 0F page, with groups indexed by the modrm reg field. Only the integer instruction set is
 * executable; x87 (D8-DF), MMX and SSE opcodes, and extensions CPUID does not report, decode as invalid (#UD),
 * which is what a CPU without them does (a Coyotos process has no FPU state to use).
 */
final class OpcodeMap {
    static final Opcode[] ONE = new Opcode[256];
    static final Opcode[] TWO = new Opcode[256];
    /** Invalid opcode: #UD. */
    static final Opcode BAD = new Opcode("(bad)", Op.UD, 0, "", INVALID, null);
    /** An x87 escape: decoded with its modrm so its length is right, executed as #UD. */
    static final Opcode X87 = new Opcode("(x87)", Op.UD, 0, "Ev", MODRM | INVALID, null);

    private static final String[] ALU = {"add", "or", "adc", "sbb", "and", "sub", "xor", "cmp"};
    private static final String[] SHIFTS = {"rol", "ror", "rcl", "rcr", "shl", "shr", "sal", "sar"};
    static final String[] CC = {"o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le",
        "g"};

    private OpcodeMap() {
    }

    private static Opcode e(String m, int op, int sub, String operands, int flags) {
        return new Opcode(m, op, sub, operands, flags, null);
    }

    private static void one(int b, String m, int op, int sub, String operands, int flags) {
        ONE[b] = e(m, op, sub, operands, flags);
    }

    private static void two(int b, String m, int op, int sub, String operands, int flags) {
        TWO[b] = e(m, op, sub, operands, flags);
    }

    private static Opcode nop() {
        return e("nop", Op.NOP, 0, "Ev", MODRM);
    }

    private static Opcode group(Opcode... entries) {
        return new Opcode("(group)", Op.UD, 0, "", MODRM, entries);
    }

    static {
        java.util.Arrays.fill(ONE, BAD);
        java.util.Arrays.fill(TWO, BAD);
        oneByte();
        twoByte();
    }

    private static void oneByte() {
        for (int i = 0; i < 8; i++) {
            int b = i << 3;
            int lock = i == Op.CMP ? 0 : LOCKABLE;
            one(b, ALU[i], Op.ALU_EG, i, "Eb,Gb", MODRM | BYTE | lock);
            one(b + 1, ALU[i], Op.ALU_EG, i, "Ev,Gv", MODRM | lock);
            one(b + 2, ALU[i], Op.ALU_GE, i, "Gb,Eb", MODRM | BYTE);
            one(b + 3, ALU[i], Op.ALU_GE, i, "Gv,Ev", MODRM);
            one(b + 4, ALU[i], Op.ALU_EI, i, "AL,Ib", BYTE);
            one(b + 5, ALU[i], Op.ALU_EI, i, "eAX,Iz", 0);
        }
        String[] segs = {"ES", "CS", "SS", "DS"};
        for (int s = 0; s < 4; s++) {
            one(0x06 + (s << 3), "push", Op.PUSH_SEG, s, segs[s], STACK);
            if (s != Insn.CS) {
                one(0x07 + (s << 3), "pop", Op.POP_SEG, s, segs[s], STACK);
            }
        }
        one(0x27, "daa", Op.BCD, Op.DAA, "", 0);
        one(0x2f, "das", Op.BCD, Op.DAS, "", 0);
        one(0x37, "aaa", Op.BCD, Op.AAA, "", 0);
        one(0x3f, "aas", Op.BCD, Op.AAS, "", 0);
        for (int r = 0; r < 8; r++) {
            one(0x40 + r, "inc", Op.INC_E, 0, "Zv", 0);
            one(0x48 + r, "dec", Op.DEC_E, 0, "Zv", 0);
            one(0x50 + r, "push", Op.PUSH_E, 0, "Zv", STACK);
            one(0x58 + r, "pop", Op.POP_E, 0, "Zv", STACK);
            one(0xb0 + r, "mov", Op.MOV_EI, 0, "Zb,Ib", BYTE);
            one(0xb8 + r, "mov", Op.MOV_EI, 0, "Zv,Iv", 0);
            if (r > 0) {
                one(0x90 + r, "xchg", Op.XCHG, 0, "Zv,eAX", 0);
            }
        }
        one(0x60, "pusha", Op.PUSHA, 0, "", STACK);
        one(0x61, "popa", Op.POPA, 0, "", STACK);
        one(0x62, "bound", Op.BOUND, 0, "Gv,Ma", MODRM | MEM_ONLY);
        one(0x63, "arpl", Op.ARPL, 0, "Ew,Gw", MODRM | WORD);
        one(0x68, "push", Op.PUSH_I, 0, "Iz", STACK);
        one(0x69, "imul", Op.IMUL_GEI, 0, "Gv,Ev,Iz", MODRM);
        one(0x6a, "push", Op.PUSH_I, 0, "Is", STACK);
        one(0x6b, "imul", Op.IMUL_GEI, 0, "Gv,Ev,Is", MODRM);
        one(0x6c, "ins", Op.STRING, Op.STR_INS, "Yb,DX", BYTE | REP_OK);
        one(0x6d, "ins", Op.STRING, Op.STR_INS, "Yv,DX", REP_OK);
        one(0x6e, "outs", Op.STRING, Op.STR_OUTS, "DX,Xb", BYTE | REP_OK);
        one(0x6f, "outs", Op.STRING, Op.STR_OUTS, "DX,Xv", REP_OK);
        for (int c = 0; c < 16; c++) {
            one(0x70 + c, "j" + CC[c], Op.JCC, c, "Jb", TERMINATOR | BRANCH);
        }
        Opcode[] g1b = new Opcode[8];
        Opcode[] g1v = new Opcode[8];
        Opcode[] g1s = new Opcode[8];
        for (int i = 0; i < 8; i++) {
            int lock = i == Op.CMP ? 0 : LOCKABLE;
            g1b[i] = e(ALU[i], Op.ALU_EI, i, "Eb,Ib", MODRM | BYTE | lock);
            g1v[i] = e(ALU[i], Op.ALU_EI, i, "Ev,Iz", MODRM | lock);
            g1s[i] = e(ALU[i], Op.ALU_EI, i, "Ev,Is", MODRM | lock);
        }
        ONE[0x80] = group(g1b);
        ONE[0x81] = group(g1v);
        ONE[0x82] = group(g1b);
        ONE[0x83] = group(g1s);
        one(0x84, "test", Op.TEST_EG, 0, "Eb,Gb", MODRM | BYTE);
        one(0x85, "test", Op.TEST_EG, 0, "Ev,Gv", MODRM);
        one(0x86, "xchg", Op.XCHG, 0, "Eb,Gb", MODRM | BYTE | LOCKABLE);
        one(0x87, "xchg", Op.XCHG, 0, "Ev,Gv", MODRM | LOCKABLE);
        one(0x88, "mov", Op.MOV_EG, 0, "Eb,Gb", MODRM | BYTE);
        one(0x89, "mov", Op.MOV_EG, 0, "Ev,Gv", MODRM);
        one(0x8a, "mov", Op.MOV_GE, 0, "Gb,Eb", MODRM | BYTE);
        one(0x8b, "mov", Op.MOV_GE, 0, "Gv,Ev", MODRM);
        one(0x8c, "mov", Op.MOV_E_SEG, 0, "Ew,Sw", MODRM | WORD);
        one(0x8d, "lea", Op.LEA32, 0, "Gv,M", MODRM | MEM_ONLY);
        one(0x8e, "mov", Op.MOV_SEG_E, 0, "Sw,Ew", MODRM | WORD);
        ONE[0x8f] = group(e("pop", Op.POP_E, 0, "Ev", MODRM | STACK), BAD, BAD, BAD, BAD, BAD, BAD, BAD);
        one(0x90, "nop", Op.NOP, 0, "", 0);
        one(0x98, "cwde", Op.CBW, 0, "", 0);
        one(0x99, "cdq", Op.CWD, 0, "", 0);
        one(0x9a, "lcall", Op.CALLF, 0, "Ap", TERMINATOR | BRANCH | STACK);
        one(0x9b, "fwait", Op.NOP, 0, "", 0);
        one(0x9c, "pushf", Op.PUSHF, 0, "", STACK);
        one(0x9d, "popf", Op.POPF, 0, "", STACK | TERMINATOR);
        one(0x9e, "sahf", Op.SAHF, 0, "", 0);
        one(0x9f, "lahf", Op.LAHF, 0, "", 0);
        one(0xa0, "mov", Op.MOV_AO, 0, "AL,Ob", BYTE);
        one(0xa1, "mov", Op.MOV_AO, 0, "eAX,Ov", 0);
        one(0xa2, "mov", Op.MOV_OA, 0, "Ob,AL", BYTE);
        one(0xa3, "mov", Op.MOV_OA, 0, "Ov,eAX", 0);
        one(0xa4, "movs", Op.STRING, Op.STR_MOVS, "Yb,Xb", BYTE | REP_OK);
        one(0xa5, "movs", Op.STRING, Op.STR_MOVS, "Yv,Xv", REP_OK);
        one(0xa6, "cmps", Op.STRING, Op.STR_CMPS, "Xb,Yb", BYTE | REP_OK);
        one(0xa7, "cmps", Op.STRING, Op.STR_CMPS, "Xv,Yv", REP_OK);
        one(0xa8, "test", Op.TEST_EI, 0, "AL,Ib", BYTE);
        one(0xa9, "test", Op.TEST_EI, 0, "eAX,Iz", 0);
        one(0xaa, "stos", Op.STRING, Op.STR_STOS, "Yb,AL", BYTE | REP_OK);
        one(0xab, "stos", Op.STRING, Op.STR_STOS, "Yv,eAX", REP_OK);
        one(0xac, "lods", Op.STRING, Op.STR_LODS, "AL,Xb", BYTE | REP_OK);
        one(0xad, "lods", Op.STRING, Op.STR_LODS, "eAX,Xv", REP_OK);
        one(0xae, "scas", Op.STRING, Op.STR_SCAS, "AL,Yb", BYTE | REP_OK);
        one(0xaf, "scas", Op.STRING, Op.STR_SCAS, "eAX,Yv", REP_OK);
        Opcode[] g2b1 = new Opcode[8], g2v1 = new Opcode[8], g2bc = new Opcode[8], g2vc = new Opcode[8],
                g2bi = new Opcode[8], g2vi = new Opcode[8];
        for (int i = 0; i < 8; i++) {
            g2bi[i] = e(SHIFTS[i], Op.SHIFT, i, "Eb,Ib", MODRM | BYTE);
            g2vi[i] = e(SHIFTS[i], Op.SHIFT, i, "Ev,Ib", MODRM);
            g2b1[i] = e(SHIFTS[i], Op.SHIFT, i, "Eb,1", MODRM | BYTE);
            g2v1[i] = e(SHIFTS[i], Op.SHIFT, i, "Ev,1", MODRM);
            g2bc[i] = e(SHIFTS[i], Op.SHIFT, i, "Eb,CL", MODRM | BYTE);
            g2vc[i] = e(SHIFTS[i], Op.SHIFT, i, "Ev,CL", MODRM);
        }
        ONE[0xc0] = group(g2bi);
        ONE[0xc1] = group(g2vi);
        one(0xc2, "ret", Op.RET, 0, "Iw", TERMINATOR | BRANCH | STACK);
        one(0xc3, "ret", Op.RET, 0, "", TERMINATOR | BRANCH | STACK);
        one(0xc4, "les", Op.LOAD_FAR, Insn.ES, "Gv,Mp", MODRM | MEM_ONLY);
        one(0xc5, "lds", Op.LOAD_FAR, Insn.DS, "Gv,Mp", MODRM | MEM_ONLY);
        ONE[0xc6] = group(e("mov", Op.MOV_EI, 0, "Eb,Ib", MODRM | BYTE), BAD, BAD, BAD, BAD, BAD, BAD, BAD);
        ONE[0xc7] = group(e("mov", Op.MOV_EI, 0, "Ev,Iz", MODRM), BAD, BAD, BAD, BAD, BAD, BAD, BAD);
        one(0xc8, "enter", Op.ENTER, 0, "Iw,Ib2", STACK);
        one(0xc9, "leave", Op.LEAVE, 0, "", STACK);
        one(0xca, "lret", Op.RETF, 0, "Iw", TERMINATOR | BRANCH | STACK);
        one(0xcb, "lret", Op.RETF, 0, "", TERMINATOR | BRANCH | STACK);
        one(0xcc, "int3", Op.INT3, 0, "", TERMINATOR);
        one(0xcd, "int", Op.INT, 0, "Ib", TERMINATOR);
        one(0xce, "into", Op.INTO, 0, "", TERMINATOR);
        one(0xcf, "iret", Op.IRET, 0, "", TERMINATOR | BRANCH | STACK);
        ONE[0xd0] = group(g2b1);
        ONE[0xd1] = group(g2v1);
        ONE[0xd2] = group(g2bc);
        ONE[0xd3] = group(g2vc);
        one(0xd4, "aam", Op.BCD, Op.AAM, "Ib", 0);
        one(0xd5, "aad", Op.BCD, Op.AAD, "Ib", 0);
        one(0xd6, "salc", Op.SALC, 0, "", 0);
        one(0xd7, "xlat", Op.XLAT, 0, "", BYTE);
        for (int b = 0xd8; b <= 0xdf; b++) {
            ONE[b] = X87;
        }
        one(0xe0, "loopne", Op.LOOP, 0, "Jb", TERMINATOR | BRANCH);
        one(0xe1, "loope", Op.LOOP, 1, "Jb", TERMINATOR | BRANCH);
        one(0xe2, "loop", Op.LOOP, 2, "Jb", TERMINATOR | BRANCH);
        one(0xe3, "jecxz", Op.LOOP, 3, "Jb", TERMINATOR | BRANCH);
        one(0xe4, "in", Op.IN, 0, "AL,Ib", BYTE);
        one(0xe5, "in", Op.IN, 0, "eAX,Ib", 0);
        one(0xe6, "out", Op.OUT, 0, "Ib,AL", BYTE);
        one(0xe7, "out", Op.OUT, 0, "Ib,eAX", 0);
        one(0xe8, "call", Op.CALL, 0, "Jz", TERMINATOR | BRANCH | STACK);
        one(0xe9, "jmp", Op.JMP, 0, "Jz", TERMINATOR | BRANCH);
        one(0xea, "ljmp", Op.JMPF, 0, "Ap", TERMINATOR | BRANCH);
        one(0xeb, "jmp", Op.JMP, 0, "Jb", TERMINATOR | BRANCH);
        one(0xec, "in", Op.IN, 0, "AL,DX", BYTE);
        one(0xed, "in", Op.IN, 0, "eAX,DX", 0);
        one(0xee, "out", Op.OUT, 0, "DX,AL", BYTE);
        one(0xef, "out", Op.OUT, 0, "DX,eAX", 0);
        one(0xf1, "int1", Op.INT1, 0, "", TERMINATOR);
        one(0xf4, "hlt", Op.HLT, 0, "", TERMINATOR);
        one(0xf5, "cmc", Op.FLAG_OP, Op.F_CMC, "", 0);
        ONE[0xf6] = group(e("test", Op.TEST_EI, 0, "Eb,Ib", MODRM | BYTE), e("test", Op.TEST_EI, 0, "Eb,Ib", MODRM | BYTE),
                e("not", Op.NOT, 0, "Eb", MODRM | BYTE | LOCKABLE), e("neg", Op.NEG, 0, "Eb", MODRM | BYTE | LOCKABLE),
                e("mul", Op.MUL, 0, "Eb", MODRM | BYTE), e("imul", Op.IMUL1, 0, "Eb", MODRM | BYTE),
                e("div", Op.DIV, 0, "Eb", MODRM | BYTE), e("idiv", Op.IDIV, 0, "Eb", MODRM | BYTE));
        ONE[0xf7] = group(e("test", Op.TEST_EI, 0, "Ev,Iz", MODRM), e("test", Op.TEST_EI, 0, "Ev,Iz", MODRM),
                e("not", Op.NOT, 0, "Ev", MODRM | LOCKABLE), e("neg", Op.NEG, 0, "Ev", MODRM | LOCKABLE),
                e("mul", Op.MUL, 0, "Ev", MODRM), e("imul", Op.IMUL1, 0, "Ev", MODRM),
                e("div", Op.DIV, 0, "Ev", MODRM), e("idiv", Op.IDIV, 0, "Ev", MODRM));
        one(0xf8, "clc", Op.FLAG_OP, Op.F_CLC, "", 0);
        one(0xf9, "stc", Op.FLAG_OP, Op.F_STC, "", 0);
        one(0xfa, "cli", Op.FLAG_OP, Op.F_CLI, "", 0);
        one(0xfb, "sti", Op.FLAG_OP, Op.F_STI, "", 0);
        one(0xfc, "cld", Op.FLAG_OP, Op.F_CLD, "", 0);
        one(0xfd, "std", Op.FLAG_OP, Op.F_STD, "", 0);
        ONE[0xfe] = group(e("inc", Op.INC_E, 0, "Eb", MODRM | BYTE | LOCKABLE),
                e("dec", Op.DEC_E, 0, "Eb", MODRM | BYTE | LOCKABLE), BAD, BAD, BAD, BAD, BAD, BAD);
        ONE[0xff] = group(e("inc", Op.INC_E, 0, "Ev", MODRM | LOCKABLE), e("dec", Op.DEC_E, 0, "Ev", MODRM | LOCKABLE),
                e("call", Op.CALL_E, 0, "Ev", MODRM | TERMINATOR | BRANCH | STACK),
                e("lcall", Op.CALLF_M, 0, "Mp", MODRM | MEM_ONLY | TERMINATOR | BRANCH | STACK),
                e("jmp", Op.JMP_E, 0, "Ev", MODRM | TERMINATOR | BRANCH),
                e("ljmp", Op.JMPF_M, 0, "Mp", MODRM | MEM_ONLY | TERMINATOR | BRANCH),
                e("push", Op.PUSH_E, 0, "Ev", MODRM | STACK), BAD);
    }

    private static void twoByte() {
        TWO[0x00] = group(e("sldt", Op.DESCRIPTOR, Op.D_SLDT, "Ew", MODRM | WORD),
                e("str", Op.DESCRIPTOR, Op.D_STR, "Ew", MODRM | WORD), e("lldt", Op.PRIVILEGED, 0, "Ew", MODRM | WORD),
                e("ltr", Op.PRIVILEGED, 0, "Ew", MODRM | WORD), e("verr", Op.DESCRIPTOR, Op.D_VERR, "Ew", MODRM | WORD),
                e("verw", Op.DESCRIPTOR, Op.D_VERW, "Ew", MODRM | WORD), BAD, BAD);
        TWO[0x01] = group(e("sgdtl", Op.DESCRIPTOR, Op.D_SGDT, "M", MODRM | MEM_ONLY),
                e("sidtl", Op.DESCRIPTOR, Op.D_SIDT, "M", MODRM | MEM_ONLY),
                e("lgdtl", Op.PRIVILEGED, 0, "M", MODRM | MEM_ONLY), e("lidtl", Op.PRIVILEGED, 0, "M", MODRM | MEM_ONLY),
                e("smsw", Op.DESCRIPTOR, Op.D_SMSW, "Ew", MODRM | WORD), BAD,
                e("lmsw", Op.PRIVILEGED, 0, "Ew", MODRM | WORD), e("invlpg", Op.PRIVILEGED, 0, "M", MODRM | MEM_ONLY));
        two(0x02, "lar", Op.DESCRIPTOR, Op.D_LAR, "Gv,Ew", MODRM);
        two(0x03, "lsl", Op.DESCRIPTOR, Op.D_LSL, "Gv,Ew", MODRM);
        two(0x06, "clts", Op.PRIVILEGED, 0, "", 0);
        two(0x08, "invd", Op.PRIVILEGED, 0, "", 0);
        two(0x09, "wbinvd", Op.PRIVILEGED, 0, "", 0);
        two(0x0b, "ud2", Op.UD, 0, "", INVALID);
        // hint NOPs (Intel SDM Vol. 2 "NOP", "PREFETCHh"): the prefetches are hints with no architectural effect
        TWO[0x0d] = group(e("prefetch", Op.NOP, 0, "M", MODRM), e("prefetchw", Op.NOP, 0, "M", MODRM),
                nop(), nop(), nop(), nop(), nop(), nop());
        TWO[0x18] = group(e("prefetchnta", Op.NOP, 0, "M", MODRM), e("prefetcht0", Op.NOP, 0, "M", MODRM),
                e("prefetcht1", Op.NOP, 0, "M", MODRM), e("prefetcht2", Op.NOP, 0, "M", MODRM), nop(), nop(), nop(),
                nop());
        for (int b = 0x19; b <= 0x1f; b++) {
            two(b, "nop", Op.NOP, 0, "Ev", MODRM);
        }
        two(0x20, "mov", Op.PRIVILEGED, 0, "Ed,Cd", MODRM | DWORD);
        two(0x21, "mov", Op.PRIVILEGED, 0, "Ed,Dd", MODRM | DWORD);
        two(0x22, "mov", Op.PRIVILEGED, 0, "Cd,Ed", MODRM | DWORD);
        two(0x23, "mov", Op.PRIVILEGED, 0, "Dd,Ed", MODRM | DWORD);
        two(0x30, "wrmsr", Op.PRIVILEGED, 0, "", 0);
        two(0x31, "rdtsc", Op.RDTSC, 0, "", 0);
        two(0x32, "rdmsr", Op.PRIVILEGED, 0, "", 0);
        two(0x33, "rdpmc", Op.PRIVILEGED, 0, "", 0);
        // SYSENTER with IA32_SYSENTER_CS zero and SYSEXIT at CPL 3 both raise #GP(0).
        two(0x34, "sysenter", Op.PRIVILEGED, 0, "", 0);
        two(0x35, "sysexit", Op.PRIVILEGED, 0, "", 0);
        for (int c = 0; c < 16; c++) {
            two(0x40 + c, "cmov" + CC[c], Op.CMOV, c, "Gv,Ev", MODRM);
            two(0x80 + c, "j" + CC[c], Op.JCC, c, "Jz", TERMINATOR | BRANCH);
            two(0x90 + c, "set" + CC[c], Op.SETCC, c, "Eb", MODRM | BYTE);
        }
        two(0xa0, "push", Op.PUSH_SEG, Insn.FS, "FS", STACK);
        two(0xa1, "pop", Op.POP_SEG, Insn.FS, "FS", STACK);
        two(0xa2, "cpuid", Op.CPUID, 0, "", 0);
        two(0xa3, "bt", Op.BT_G, 0, "Ev,Gv", MODRM);
        two(0xa4, "shld", Op.SHLD, 0, "Ev,Gv,Ib", MODRM);
        two(0xa5, "shld", Op.SHLD, 0, "Ev,Gv,CL", MODRM);
        two(0xa8, "push", Op.PUSH_SEG, Insn.GS, "GS", STACK);
        two(0xa9, "pop", Op.POP_SEG, Insn.GS, "GS", STACK);
        two(0xab, "bts", Op.BT_G, 1, "Ev,Gv", MODRM | LOCKABLE);
        two(0xac, "shrd", Op.SHRD, 0, "Ev,Gv,Ib", MODRM);
        two(0xad, "shrd", Op.SHRD, 0, "Ev,Gv,CL", MODRM);
        two(0xaf, "imul", Op.IMUL_GE, 0, "Gv,Ev", MODRM);
        two(0xb0, "cmpxchg", Op.CMPXCHG, 0, "Eb,Gb", MODRM | BYTE | LOCKABLE);
        two(0xb1, "cmpxchg", Op.CMPXCHG, 0, "Ev,Gv", MODRM | LOCKABLE);
        two(0xb2, "lss", Op.LOAD_FAR, Insn.SS, "Gv,Mp", MODRM | MEM_ONLY);
        two(0xb3, "btr", Op.BT_G, 2, "Ev,Gv", MODRM | LOCKABLE);
        two(0xb4, "lfs", Op.LOAD_FAR, Insn.FS, "Gv,Mp", MODRM | MEM_ONLY);
        two(0xb5, "lgs", Op.LOAD_FAR, Insn.GS, "Gv,Mp", MODRM | MEM_ONLY);
        two(0xb6, "movzb", Op.MOVZX, 1, "Gv,Eb", MODRM);
        two(0xb7, "movzw", Op.MOVZX, 2, "Gv,Ew", MODRM);
        two(0xb9, "ud1", Op.UD, 0, "Gv,Ev", MODRM | INVALID);
        TWO[0xba] = group(BAD, BAD, BAD, BAD, e("bt", Op.BT_I, 0, "Ev,Ib", MODRM),
                e("bts", Op.BT_I, 1, "Ev,Ib", MODRM | LOCKABLE), e("btr", Op.BT_I, 2, "Ev,Ib", MODRM | LOCKABLE),
                e("btc", Op.BT_I, 3, "Ev,Ib", MODRM | LOCKABLE));
        two(0xbb, "btc", Op.BT_G, 3, "Ev,Gv", MODRM | LOCKABLE);
        two(0xbc, "bsf", Op.BSF, 0, "Gv,Ev", MODRM);
        two(0xbd, "bsr", Op.BSR, 0, "Gv,Ev", MODRM);
        two(0xbe, "movsb", Op.MOVSX, 1, "Gv,Eb", MODRM);
        two(0xbf, "movsw", Op.MOVSX, 2, "Gv,Ew", MODRM);
        two(0xc0, "xadd", Op.XADD, 0, "Eb,Gb", MODRM | BYTE | LOCKABLE);
        two(0xc1, "xadd", Op.XADD, 0, "Ev,Gv", MODRM | LOCKABLE);
        TWO[0xc7] = group(BAD, e("cmpxchg8b", Op.CMPXCHG8B, 0, "Mq", MODRM | MEM_ONLY | LOCKABLE),
                BAD, BAD, BAD, BAD, BAD, BAD);
        for (int r = 0; r < 8; r++) {
            two(0xc8 + r, "bswap", Op.BSWAP, 0, "Zd", DWORD);
        }
        two(0xff, "ud0", Op.UD, 0, "Gv,Ev", MODRM | INVALID);
        // SSE, MMX, 3DNow!, fences (0F AE) and the three-byte pages (0F 38, 0F 3A) stay BAD: CPUID reports
        // none of them, so the CPU this interpreter is raises #UD (Intel SDM Vol. 2, "Invalid opcode").
        // Their modrm bytes are still consumed for the disassembler's sake where the map says there is one.
    }
}
