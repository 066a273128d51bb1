package coyotos.studio.sim.kernel;

import coyotos.studio.x86.cpu.CpuState;
import coyotos.studio.x86.cpu.DescriptorTables;
import coyotos.studio.x86.cpu.Exit;
import coyotos.studio.x86.cpu.ExitKind;
import coyotos.studio.x86.cpu.InstructionCounts;
import coyotos.studio.x86.cpu.X86Interpreter;
import java.util.List;
import java.util.Map;

/**
 * The instruction-level execution path, beside the workload {@link Interpreter}: a process that runs machine code
 * runs on the simulated CPU (an {@link X86Interpreter} whose memory unit is the kernel's {@link Mmu}) a slice of
 * instructions at a time, until the slice ends, the program enters the kernel with {@code int $0x30}
 * ({@link SystemCalls}) or an instruction raises an exception ({@link VectorHandlers}). Each slice charges its
 * instructions' cycles to the process by instruction class (USER, or HANDLER inside a fault handler) and counts
 * them against the run's instruction limit.
 *
 * <p>One CPU: one interpreter for every process, as the CPU runs whichever process is dispatched; the decoded-code
 * cache and the page map are the CPU's, not state (the run is deterministic, however it is sliced).
 */
final class ProgramExecution {
    /** Instructions per slice: the quantum, the limits and the cancel flag are checked between slices. */
    static final int SLICE = 2048;

    private final Kernel k;
    final X86Interpreter cpu;
    final Mmu mmu;
    final UserMemory memory;
    final KernelConsole console = new KernelConsole();
    final FaultSites sites;
    /** The register-level activation what-if (a program with an activation handler). */
    final ProgramActivation activation;
    private final VectorHandlers vectors;
    private final SystemCalls syscalls;
    private final InstructionCounts slice = new InstructionCounts();
    /** A debugger's, set once before the run starts (not state: see {@link InstructionWatch}); null in plain runs. */
    InstructionWatch watch;

    ProgramExecution(Kernel k) {
        this.k = k;
        this.mmu = new Mmu(k.machine, k.meter, k.bus, k.store);
        this.cpu = new X86Interpreter(mmu);
        mmu.attach(cpu.pages());
        // The 2007 kernel's GDT and IDT gates (GDT.c, IRQ.c vector_init); no process has a TLS base here.
        cpu.setDescriptorTables(DescriptorTables.coyotos(0));
        this.memory = new UserMemory(k.memory, k.store, k.walk, cpu::codeWritten);
        this.sites = new FaultSites(memory);
        CapLocations caps = new CapLocations(k.store, k.walk, k.memory);
        KernelObjects objects = new KernelObjects(k, memory, console);
        this.activation = new ProgramActivation(k, memory);
        this.vectors = new VectorHandlers(k, sites, activation);
        this.syscalls = new SystemCalls(k, new Invocation(k, memory, caps, objects), caps);
    }

    /** One slice of {@code p}, the process on the CPU in user mode. */
    void step(KernelProcess p) {
        long left = k.budget().instructionsLeft();
        ProcessRegisters r = p.regs;
        mmu.running(p);
        r.cpu.setTimeStamp(k.meter.now);
        slice.reset();
        long max = Math.min(SLICE, left);
        InstructionWatch w = watch;
        Exit e = w != null && w.watching(p.index) ? runWatched(p, max, w) : cpu.run(r.cpu, max, slice);
        if (w != null) {
            w.sliceEnded(p.index, points(e));
        }
        r.counts.add(slice);
        k.meter.charge(p.index, p.userCategory(), k.cost.instructionCycles(slice));
        k.budget().retired(e.retired());
        switch (e.kind()) {
            case SYSTEM_CALL -> syscalls.enter(p, e);
            case FAULT, TRAP -> vectors.take(p, e);
            default -> {
                // the slice ended (or a debugger asked the CPU to stop): the process goes on in its next step
            }
        }
    }

    /**
     * The slice run one instruction at a time, the watch told before each; the same exit, and the same state, as
     * one run of {@code max} instructions.
     */
    private Exit runWatched(KernelProcess p, long max, InstructionWatch w) {
        CpuState s = p.regs.cpu;
        long total = 0;
        for (int point = 0;; point++) {
            w.before(p.index, point, s.eip());
            Exit x = cpu.run(s, 1, slice);
            total += x.retired();
            if (x.kind() != ExitKind.BUDGET || total >= max) {
                return new Exit(x.kind(), x.vector(), x.errorCode(), x.faultAddress(), x.pc(), total);
            }
        }
    }

    /**
     * The instruction points a slice had: one per retired instruction, and one more for an instruction that
     * faulted (the process was about to run it; fault-class exceptions retire nothing, Exit's contract).
     */
    static int points(Exit e) {
        return (int) e.retired() + (e.kind() == ExitKind.FAULT ? 1 : 0);
    }

    List<String> console() {
        return console.lines();
    }

    Map<String, String> faultSites() {
        return sites.all();
    }
}
