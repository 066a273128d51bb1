package coyotos.studio.x86.cpu;

/**
 * An IA-32 CPU running user-mode (CPL 3) code: the interpreter the simulated kernel runs processes on. One
 * instance is one CPU: it owns the {@link PageMap} (its TLB, filled by the host) and the decoded-code cache,
 * and runs whichever {@link CpuState} it is given until an exit. Not thread-safe, except
 * {@link #requestStop()}.
 *
 * <pre>
 * X86Interpreter cpu = new X86Interpreter(host);
 * Exit e = cpu.run(state, 1_000_000, counts);   // until a fault, trap, int $0x30, the budget or a stop
 * </pre>
 */
public final class X86Interpreter {
    private final CodeCache code = new CodeCache();
    private final Executor executor;

    public X86Interpreter(CpuHost host) {
        this.executor = new Executor(host, code);
    }

    /** The translations this CPU uses without asking the host (its TLB). */
    public PageMap pages() {
        return executor.pages;
    }

    /** The descriptor tables and IDT gate privileges user code sees (default: none, only null selectors). */
    public void setDescriptorTables(DescriptorTables tables) {
        executor.tables = tables;
    }

    public DescriptorTables descriptorTables() {
        return executor.tables;
    }

    /**
     * Runs {@code state} until it exits, retiring at most {@code maxInstructions} instructions, and adds what
     * retired to {@code counts}. On return the state is architectural: EIP and every register as the CPU
     * would hold them at that exit.
     */
    public Exit run(CpuState state, long maxInstructions, InstructionCounts counts) {
        return executor.run(state, maxInstructions, counts);
    }

    /**
     * Asks a run in progress (on another thread) to stop at the next block boundary, or between elements of a
     * long string instruction; the run returns {@link ExitKind#STOPPED}. A request made while no run is in
     * progress stops the next run before its first instruction.
     */
    public void requestStop() {
        executor.stopRequested = true;
    }

    /**
     * The host wrote into {@code page} itself (the kernel copying a message into user memory, a debugger
     * patching code): code decoded from it is dropped.
     */
    public void codeWritten(byte[] page) {
        code.invalidate(page);
    }

    /** Drops every decoded block (a test, or a host that changed many pages at once). */
    public void flushDecodedCode() {
        code.clear();
    }
}
