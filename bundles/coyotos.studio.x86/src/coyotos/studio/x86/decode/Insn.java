package coyotos.studio.x86.decode;

/**
 * One decoded instruction. Plain fields, filled by {@link Decoder} and read by the interpreter's hot loop and
 * the disassembler; an interpreter keeps arrays of these per decoded block, so nothing here is allocated while
 * instructions run.
 *
 * <p>Register numbers are the IA-32 encodings (0 EAX, 1 ECX, 2 EDX, 3 EBX, 4 ESP, 5 EBP, 6 ESI, 7 EDI); for a
 * byte operand 0-3 are AL, CL, DL, BL and 4-7 AH, CH, DH, BH. The memory operand's address is
 * {@code ((r[base] + (r[index] << scale) + disp) & eaMask) + segment base}, where register 8 ({@link #NO_REG})
 * reads as zero, so computing it takes no tests.
 */
public final class Insn {
    /** The "no register" index: an interpreter's register file has a ninth entry that is always zero. */
    public static final int NO_REG = 8;
    public static final int ES = 0, CS = 1, SS = 2, DS = 3, FS = 4, GS = 5;

    public static final int P_LOCK = 1, P_REP = 2, P_REPNE = 4, P_OPSIZE = 8, P_ADDRSIZE = 16;

    /** Linear address of the first byte (prefixes included) and the length in bytes. */
    public int pc, length;
    public int op;
    public int sub;
    /** Operand size in bytes: 1, 2 or 4. */
    public int size;
    /** The modrm reg field or the register coded in the opcode. */
    public int reg;
    /** The modrm r/m register when {@link #mem} is false. */
    public int rm;
    public boolean mem;
    public int base = NO_REG, index = NO_REG, scale, disp, eaMask = -1;
    /** Segment of the memory operand (default or override). */
    public int seg = DS;
    /** The segment override prefix, or -1. */
    public int segOverride = -1;
    public int imm, imm2;
    /** Branch target (pc + length + displacement) for relative branches. */
    public int target;
    public int prefixes;
    /** 2 or 4: the address size (16-bit addressing under a 67 prefix). */
    public int addrSize = 4;
    /** The table entry decoded from, for the disassembler. */
    public Opcode opcode;
    /** True when a SIB byte was present (the disassembler shows a redundant one as objdump does). */
    public boolean sib;
    /** Bytes of displacement in the encoding (0, 1, 2 or 4), for the disassembler. */
    public int dispSize;
    /** Ends a decoded block: changes EIP other than by falling through, or leaves to the host. */
    public boolean terminator;
    /** The interpreter's cost class of the instruction (an InstructionClass ordinal), set when it specialises. */
    public int cls;
    /**
     * The memory operand's address is just base + index * scale + displacement: 32-bit addressing through a
     * segment other than FS and GS (the flat ones, whose base is 0). Set by the decoder.
     */
    public boolean flatAddress = true;

    public int next() {
        return pc + length;
    }

    /** Resets every field to the state a fresh instruction has. */
    void clear() {
        pc = length = op = sub = size = reg = rm = 0;
        mem = false;
        base = index = NO_REG;
        scale = disp = 0;
        eaMask = -1;
        seg = DS;
        segOverride = -1;
        imm = imm2 = target = prefixes = 0;
        addrSize = 4;
        opcode = null;
        sib = false;
        dispSize = 0;
        terminator = false;
        cls = 0;
        flatAddress = true;
    }
}
