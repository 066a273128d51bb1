package coyotos.studio.x86.cpu;

/** Why {@link X86Interpreter#run} returned. */
public enum ExitKind {
    /** An exception of the fault class: EIP is the faulting instruction's address and it changed nothing. */
    FAULT,
    /**
     * An exception of the trap class (INT3, INTO, INT 4/5, INT1): the instruction retired and EIP is the
     * next instruction's address, as the CPU pushes it for the kernel.
     */
    TRAP,
    /** {@code int $0x30}: the instruction retired, EIP follows it; the kernel takes over. */
    SYSTEM_CALL,
    /** The instruction budget ran out: EIP is the next instruction to run. */
    BUDGET,
    /** {@link X86Interpreter#requestStop()} was called: EIP is the next instruction to run. */
    STOPPED
}
