package coyotos.studio.x86.cpu;

/**
 * Classes of retired instructions, so a CPU profile can give each a cost. Each retired instruction is counted
 * in exactly one class; an instruction that faults does not retire.
 */
public enum InstructionClass {
    /** Register-only integer work: ALU, moves, LEA, flag operations, SETcc/CMOVcc, NOP, BCD adjustments. */
    SIMPLE,
    /** The same with a memory operand, including PUSH/POP, LEAVE, PUSHA/POPA, XLAT, moffs moves. */
    MEMORY,
    /** JMP, Jcc, CALL, RET, LOOP/JECXZ, indirect and far transfers, IRET. */
    BRANCH,
    /** MUL, IMUL. */
    MULTIPLY,
    /** DIV, IDIV. */
    DIVIDE,
    /** String instructions, counted once each; their elements are counted in {@link InstructionCounts#stringElements}. */
    STRING,
    /** Microcoded or serializing: INT*, CPUID, RDTSC, PUSHF/POPF, segment loads, ENTER, descriptor reads, I/O. */
    SYSTEM
}
