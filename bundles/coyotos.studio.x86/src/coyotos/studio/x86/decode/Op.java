package coyotos.studio.x86.decode;

/**
 * Execution ids: what the interpreter's dispatch switches on. The decoder picks a specialised id where one
 * exists (a 32-bit register or memory form of a hot instruction) and a size-generic one otherwise, so the hot
 * loop's switch stays small and each case does no operand-form tests. {@code sub} on the instruction carries
 * the variant (ALU operation, shift kind, condition code, string operation).
 */
public final class Op {
    private Op() {
    }

    // --- hot, specialised (32-bit operand size) -------------------------------------------------
    public static final int NOP = 0;
    public static final int MOV_RR32 = 1;      // r[reg] = r[rm]
    public static final int MOV_RM32 = 2;      // r[reg] = mem
    public static final int MOV_MR32 = 3;      // mem = r[reg]
    public static final int MOV_RI32 = 4;      // r[rm] = imm
    public static final int MOV_MI32 = 5;      // mem = imm
    public static final int LEA32 = 6;
    public static final int ALU_RR32 = 7;      // r[reg] op= r[rm]  (sub: ALU op)
    public static final int ALU_RI32 = 8;      // r[rm] op= imm
    public static final int ALU_RM32 = 9;      // r[reg] op= mem
    public static final int ALU_MR32 = 10;     // mem op= r[reg]
    public static final int ALU_MI32 = 11;     // mem op= imm
    public static final int TEST_RR32 = 12;
    public static final int TEST_RI32 = 13;
    public static final int INC_R32 = 14;
    public static final int DEC_R32 = 15;
    public static final int PUSH_R32 = 16;
    public static final int POP_R32 = 17;
    public static final int PUSH_I32 = 18;
    public static final int JMP = 19;
    public static final int JCC = 20;          // sub: condition code
    public static final int CALL = 21;
    public static final int RET = 22;          // imm: bytes to release
    public static final int MOVZX_R8 = 23;     // r[reg] = zx(reg8 rm)
    public static final int MOVZX_M8 = 24;
    public static final int SHIFT_RI32 = 25;   // sub: shift kind, imm: count
    public static final int CMOV_RR32 = 26;
    public static final int SETCC_R = 27;
    public static final int PUSH_M32 = 28;
    public static final int JMP_E = 29;        // indirect jump through r/m
    public static final int CALL_E = 30;
    public static final int MOVZX_M16 = 31;
    public static final int MOVSX_M8 = 32;
    public static final int IMUL_RR32 = 33;
    public static final int XOR_ZERO32 = 34;   // xor r,r / sub r,r

    // --- generic (any operand size, register or memory) --------------------------------------------
    public static final int ALU_EG = 40;       // E op= G
    public static final int ALU_GE = 41;       // G op= E
    public static final int ALU_EI = 42;       // E op= imm
    public static final int TEST_EG = 43;
    public static final int TEST_EI = 44;
    public static final int MOV_EG = 45;
    public static final int MOV_GE = 46;
    public static final int MOV_EI = 47;
    public static final int XCHG = 48;
    public static final int INC_E = 49;
    public static final int DEC_E = 50;
    public static final int NOT = 51;
    public static final int NEG = 52;
    public static final int MUL = 53;
    public static final int IMUL1 = 54;        // one operand: edx:eax = eax * E
    public static final int DIV = 55;
    public static final int IDIV = 56;
    public static final int IMUL_GE = 57;      // G = G * E
    public static final int IMUL_GEI = 58;     // G = E * imm
    public static final int SHIFT = 59;        // sub: kind; count from imm (COUNT_*)
    public static final int SHLD = 60;
    public static final int SHRD = 61;
    public static final int BT_G = 62;         // sub: 0 bt, 1 bts, 2 btr, 3 btc; bit offset from G
    public static final int BT_I = 63;         // bit offset from imm
    public static final int BSF = 64;
    public static final int BSR = 65;
    public static final int BSWAP = 66;
    public static final int XADD = 67;
    public static final int CMPXCHG = 68;
    public static final int CMPXCHG8B = 69;
    public static final int MOVZX = 70;        // sub: source size
    public static final int MOVSX = 71;
    public static final int CBW = 72;          // cbw / cwde
    public static final int CWD = 73;          // cwd / cdq
    public static final int LAHF = 74;
    public static final int SAHF = 75;
    public static final int PUSHF = 76;
    public static final int POPF = 77;
    public static final int FLAG_OP = 78;      // sub: CLC STC CMC CLD STD CLI STI
    public static final int PUSH_E = 79;       // push r/m or imm (size-generic)
    public static final int POP_E = 80;
    public static final int PUSH_I = 81;
    public static final int PUSH_SEG = 82;     // sub: segment
    public static final int POP_SEG = 83;
    public static final int MOV_E_SEG = 84;    // E = sreg
    public static final int MOV_SEG_E = 85;    // sreg = E
    public static final int LOAD_FAR = 86;     // LDS/LES/LSS/LFS/LGS, sub: segment
    public static final int PUSHA = 87;
    public static final int POPA = 88;
    public static final int ENTER = 89;
    public static final int LEAVE = 90;
    public static final int STRING = 91;       // sub: STR_* operation
    public static final int XLAT = 92;
    public static final int MOV_AO = 93;       // accumulator = [moffs]
    public static final int MOV_OA = 94;       // [moffs] = accumulator
    public static final int LOOP = 95;         // sub: 0 loopne, 1 loope, 2 loop, 3 jecxz
    public static final int IN = 96;           // imm: port or -1 for DX
    public static final int OUT = 97;
    public static final int INT3 = 98;
    public static final int INT = 99;
    public static final int INTO = 100;
    public static final int INT1 = 101;
    public static final int IRET = 102;
    public static final int RETF = 103;
    public static final int JMPF = 104;        // direct far: imm offset, imm2 selector
    public static final int CALLF = 105;
    public static final int JMPF_M = 106;      // through memory
    public static final int CALLF_M = 107;
    public static final int BOUND = 108;
    public static final int ARPL = 109;
    public static final int BCD = 110;         // sub: DAA DAS AAA AAS AAM AAD
    public static final int SALC = 111;
    public static final int PRIVILEGED = 112;  // #GP(0) at CPL 3
    public static final int UD = 113;          // #UD
    public static final int CPUID = 114;
    public static final int RDTSC = 115;
    public static final int DESCRIPTOR = 116;  // sub: SLDT STR SGDT SIDT SMSW LAR LSL VERR VERW
    public static final int CMOV = 117;        // generic size/memory
    public static final int SETCC = 118;       // memory destination
    public static final int HLT = 120;
    /** Decoded code whose bytes were overwritten: leave the block and decode afresh from here. */
    public static final int STALE = 122;
    // 16-bit operand-size forms the specialiser separates from the hot 32-bit ones
    public static final int LEA16 = 123;
    public static final int RET16 = 124;
    public static final int JMP_E16 = 125;
    public static final int CALL_E16 = 126;
    public static final int CALL16 = 127;
    // the six common ALU operations, one id each, on 32-bit registers, immediates and loads (sub order:
    // ADD OR AND SUB XOR CMP as listed), and compares of memory; JZ/JNZ
    public static final int ADD_RR32 = 130, OR_RR32 = 131, AND_RR32 = 132, SUB_RR32 = 133, XOR_RR32 = 134,
            CMP_RR32 = 135;
    public static final int ADD_RI32 = 136, OR_RI32 = 137, AND_RI32 = 138, SUB_RI32 = 139, XOR_RI32 = 140,
            CMP_RI32 = 141;
    public static final int ADD_RM32 = 142, OR_RM32 = 143, AND_RM32 = 144, SUB_RM32 = 145, XOR_RM32 = 146,
            CMP_RM32 = 147;
    public static final int CMP_MR32 = 148, CMP_MI32 = 149;
    public static final int JZ = 150, JNZ = 151;
    /** Shifts of a 32-bit register by an immediate count of 1-31 (imm holds the masked count). */
    public static final int SHL_RI32 = 152, SHR_RI32 = 153, SAR_RI32 = 154;

    // ALU operations (sub of ALU_*): the group-1 order of the opcode map.
    public static final int ADD = 0, OR = 1, ADC = 2, SBB = 3, AND = 4, SUB = 5, XOR = 6, CMP = 7;
    // shift kinds (sub of SHIFT*): the group-2 order.
    public static final int ROL = 0, ROR = 1, RCL = 2, RCR = 3, SHL = 4, SHR = 5, SAL = 6, SAR = 7;
    /** SHIFT count sources, in imm: a count of 1, CL, or an immediate (the count itself, >= 0). */
    public static final int COUNT_CL = -1;
    // string operations (sub of STRING).
    public static final int STR_MOVS = 0, STR_CMPS = 1, STR_STOS = 2, STR_LODS = 3, STR_SCAS = 4, STR_INS = 5,
            STR_OUTS = 6;
    // flag operations (sub of FLAG_OP).
    public static final int F_CLC = 0, F_STC = 1, F_CMC = 2, F_CLD = 3, F_STD = 4, F_CLI = 5, F_STI = 6;
    // BCD adjustments (sub of BCD).
    public static final int DAA = 0, DAS = 1, AAA = 2, AAS = 3, AAM = 4, AAD = 5;
    // descriptor-table instructions (sub of DESCRIPTOR).
    public static final int D_SLDT = 0, D_STR = 1, D_SGDT = 2, D_SIDT = 3, D_SMSW = 4, D_LAR = 5, D_LSL = 6,
            D_VERR = 7, D_VERW = 8;
}
