package coyotos.studio.sim.debug;

import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.kernel.Kernel;
import coyotos.studio.sim.kernel.KernelProbe;
import coyotos.studio.sim.kernel.KernelResults;
import coyotos.studio.sim.kernel.RunBudget;
import coyotos.studio.sim.machine.CostProfile;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.RunInfo;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.run.SimulationLimits;
import java.util.List;

/**
 * A simulated system under a debugger: it runs on a thread of its own and stops where it is told to, between
 * two of the kernel's events, where every process can be looked at ({@link #probe()}, {@link #memory()}) and
 * changed ({@link #change}). It steps one kernel event at a time (a fault, an invocation, a dispatch), steps over
 * a process's invocation or fault until it runs again, runs to the next fault, to a {@link Breakpoint} or to the
 * end, and can be asked to suspend from any other thread.
 *
 * <p>It also goes back: {@link #stepBack()} to the kernel event before, {@link #runBack()} to the last fault or
 * breakpoint before, {@link #goTo} anywhere it has been, by restoring a {@link Checkpoint} and replaying: the
 * kernel is deterministic, so the replay is the run itself, bit for bit ({@link #stateDigest()} shows it).
 * {@link #history()} says how far back it can go and what that costs in memory. A run resumed to its end gives
 * the digest a plain {@code Simulation.run()} gives, however it was stopped on the way, unless it was changed.
 *
 * <p>The commands block the calling thread until the system stops again and return the {@link Stop}; only
 * {@link #requestSuspend()} and {@link #close()} may be called while it runs. Everything else is for a
 * suspended system.
 */
public final class DebugSession implements AutoCloseable {

    /** Kernel events a step stops at: faults, invocations and dispatches. */
    public static final long KERNEL_EVENTS = EventType.mask(EventType.FAULT_RAISED, EventType.FAULT_DELIVERED,
            EventType.FAULT_ESCALATED, EventType.FAULT_RESOLVED, EventType.FAULT_FATAL, EventType.INVOKE,
            EventType.IPC_SEND, EventType.IPC_REPLY, EventType.CONTEXT_SWITCH);
    /** The memory checkpoints may hold by default before older ones are thinned out. */
    public static final long DEFAULT_HISTORY_BYTES = 64L << 20;
    /**
     * Events, or kernel steps, between two checkpoints by default: the replay behind one step back, at most (steps
     * count too, so a program computing without kernel events still gets checkpoints).
     */
    public static final long DEFAULT_CHECKPOINT_INTERVAL = 4096;

    /**
     * Where the events of a session go: like an event sink, but told each event's position, and told to forget
     * the events after a position when the session goes back (it will be told them again as it replays).
     */
    public interface Recorder {
        Recorder NONE = new Recorder() {
            @Override
            public long interestMask() {
                return 0;
            }

            @Override
            public void record(long position, long cycle, EventType type, int process, int peer, long value,
                    long detail) {
            }

            @Override
            public void rewind(long position) {
            }
        };

        long interestMask();

        void record(long position, long cycle, EventType type, int process, int peer, long value, long detail);

        /** Forget every event after {@code position}. */
        void rewind(long position);
    }

    /**
     * How far back the session can go and what it costs: always back to the start ({@code oldestPosition}),
     * through {@code checkpoints} checkpoints holding {@code bytes} of a {@code budget}; the dearest step back
     * replays {@code longestReplay} events.
     */
    public record History(long oldestPosition, int checkpoints, long bytes, long budget, long longestReplay,
            int kernelEvents, int changes, long longestReplaySteps) {

        /**
         * "history: 12 checkpoints, 3.1 MB of 67.1 MB, back to the start; a step back replays at most 4,096 events
         * and 1,024 kernel steps" (a program's slice of up to 2,048 instructions is one step): what the debug
         * target's label says.
         */
        public String describe() {
            return String.format(java.util.Locale.ROOT,
                    "history: %,d checkpoint%s, %s of %s, back to the start; a step back replays at most %,d events "
                            + "and %,d kernel steps",
                    checkpoints, checkpoints == 1 ? "" : "s", megabytes(bytes), megabytes(budget), longestReplay,
                    longestReplaySteps);
        }

        private static String megabytes(long b) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", b / 1e6);
        }
    }

    private final Kernel kernel;
    private final KernelProbe probe;
    private final VirtualMemory memory;
    private final RunInfo info;
    /** Where callers hand commands to the simulation thread and wait for its stops. */
    private final CommandHandshake commands = new CommandHandshake();
    private final SessionDriver driver;
    private final Thread thread;

    private DebugSession(SystemImage image, CostProfile profile, SimulationLimits limits, Recorder recorder,
            long budget, long interval) {
        this.driver = new SessionDriver(limits, recorder, new Timeline(budget, interval), commands);
        // the driver is the kernel's event sink: every event passes it, and it stops the kernel there
        this.kernel = new Kernel(image, profile, driver);
        // the cycle and event limits, checked by the kernel wherever it spends, as in a plain run (Simulation.run):
        // the kernel's cycles and events are part of its state, so going back and forward again ends the same way
        kernel.budget(new RunBudget(limits.maxCycles(), limits.maxEvents(), Long.MAX_VALUE, Long.MAX_VALUE,
                Long.MAX_VALUE, 1 << 30, () -> false));
        this.probe = new KernelProbe(kernel);
        this.memory = new VirtualMemory(probe);
        this.info = kernel.info();
        driver.bind(kernel, probe, memory);
        this.thread = new Thread(driver::simulate, "Coyotos simulation " + info.image());
        thread.setDaemon(true);
    }

    /**
     * Builds the system and stops at its start. Prefer {@code Simulation.debug(recorder)}, which resolves the profile
     * and limits as a plain run does.
     */
    public static DebugSession open(SystemImage image, CostProfile profile, SimulationLimits limits, Recorder recorder,
            long historyBytes, long checkpointInterval) {
        if (historyBytes <= 0 || checkpointInterval <= 0) {
            throw new IllegalArgumentException("the history budget and the checkpoint interval must be positive");
        }
        DebugSession s = new DebugSession(image, profile, limits, recorder == null ? Recorder.NONE : recorder,
                historyBytes, checkpointInterval);
        s.thread.start();
        s.commands.awaitStart();
        return s;
    }

    // --- commands --------------------------------------------------------------------------------------------

    /** Runs to the next kernel event (a fault, an invocation, a dispatch) of any process. */
    public Stop stepEvent() {
        return commands.command(Command.forward(Command.Goal.EVENT, -1));
    }

    /**
     * Runs until {@code process} (the process of the last stop when -1) is back from what it is doing: out of its
     * invocation or its fault, at its next kernel event while it runs.
     */
    public Stop stepOver(int process) {
        int p = process >= 0 ? process : stop().process();
        return commands.command(Command.forward(p < 0 ? Command.Goal.EVENT
                : Command.Goal.OVER, p));
    }

    /**
     * Runs until {@code process}, a program, is about to run its next instruction (a {@link Stop#point()}). Over an
     * {@code int $0x30} that is when the invocation has returned and the process runs again: the kernel's work in
     * between is not made of the process's instructions. Other processes run meanwhile as the scheduler says.
     */
    public Stop stepInstruction(int process) {
        requireProgram(process);
        return commands.command(Command.instruction(process, -1, 0));
    }

    /**
     * Runs until {@code process} is about to run the instruction at {@code eip} with its stack pointer at or
     * above {@code minEsp} (unsigned): past a call, until it returns ({@code eip} the return address, {@code minEsp}
     * above the return address's slot), so recursion inside does not stop it.
     */
    public Stop runToInstruction(int process, int eip, int minEsp) {
        requireProgram(process);
        return commands.command(Command.instruction(process, eip & 0xFFFFFFFFL, minEsp));
    }

    /**
     * Goes back to the instruction point of {@code process} before this stop: the instruction before in the same
     * slice, or the last one it was about to run before; exact, as any going back. With no instruction of the
     * process before, goes to the start.
     */
    public Stop stepBackInstruction(int process) {
        requireProgram(process);
        Command c = driver.pointBefore(process);
        if (c == null) {
            return commands.command(Command.goTo(driver.startPosition(), 0, true));
        }
        return commands.command(c);
    }

    private void requireProgram(int process) {
        if (process < 0 || process >= probe().processCount()) {
            throw new IllegalArgumentException("no process " + process + " in this system");
        }
        if (probe().cpu(process) == null) {
            throw new IllegalArgumentException(info.processName(process)
                    + " runs an abstract workload: it has no instructions to step");
        }
    }

    /** Runs to the next fault any process raises (or a breakpoint, or the end). */
    public Stop runToFault() {
        return commands.command(Command.forward(Command.Goal.FAULT, -1));
    }

    /** Runs to a breakpoint or the end. */
    public Stop resume() {
        return commands.command(Command.forward(Command.Goal.NONE, -1));
    }

    /** Goes back to the kernel event before this stop (or to the start). */
    public Stop stepBack() {
        Stop now = stop();
        long before = driver.timeline().eventBefore(now.boundary() ? now.position() + 1 : now.position());
        return before < 0 ? goToStart() : goTo(before);
    }

    /**
     * Runs backwards to the last breakpoint hit before this stop, as resume runs forwards to the next (or to the
     * start when there is none). Conditions are evaluated as they were then; hit counts are not applied.
     */
    public Stop runBack() {
        return commands.command(Command.back(Command.Goal.NONE));
    }

    /** Runs backwards to the last fault (or breakpoint hit) before this stop, or to the start. */
    public Stop runBackToFault() {
        return commands.command(Command.back(Command.Goal.FAULT));
    }

    /** Goes to the stop right after the event at {@code position} (one the run has been through). */
    public Stop goTo(long position) {
        return commands.command(Command.goTo(position, -1, false));
    }

    public Stop goToStart() {
        return commands.command(Command.goTo(driver.startPosition(), 0, true));
    }

    /** From any thread: the running command stops at the next event. */
    public void requestSuspend() {
        commands.requestSuspend();
    }

    /** Ends the session (from any thread); the system is gone. */
    @Override
    public void close() {
        commands.terminate();
        if (Thread.currentThread() != thread) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // --- a suspended system ----------------------------------------------------------------------------------

    /** The last stop; throws while the system runs. */
    public Stop stop() {
        return commands.suspendedStop();
    }

    public boolean running() {
        return commands.running();
    }

    public boolean closed() {
        return commands.closed();
    }

    /** Reads and changes the kernel: only while suspended. */
    public KernelProbe probe() {
        commands.suspendedStop();
        return probe;
    }

    public VirtualMemory memory() {
        commands.suspendedStop();
        return memory;
    }

    public RunInfo info() {
        return info;
    }

    /**
     * Makes a change here and remembers it, so that going back and forward again replays it here. The future the
     * run had is forgotten (it was without the change).
     *
     * @throws IllegalArgumentException when the kernel would refuse the change (as Process.idl says), or at the end
     */
    public void change(Change c) {
        driver.change(c);
    }

    public List<Change> changes() {
        return driver.timeline().edits().stream().map(Timeline.Edit::change).toList();
    }

    /** Replaces the breakpoints; allowed while running (the next event sees them). */
    public void setBreakpoints(List<Breakpoint> breakpoints) {
        driver.breakpoints().set(breakpoints);
    }

    /** How many times each breakpoint (by id) matched with its condition true, up to this stop. */
    public java.util.Map<Integer, Long> hits() {
        commands.suspendedStop();
        return java.util.Map.copyOf(driver.breakpoints().hits());
    }

    public History history() {
        commands.suspendedStop();
        Timeline t = driver.timeline();
        return new History(driver.startPosition(), t.marks().size(), t.bytes() + t.sliceBytes(), t.budget(),
                t.longestReplay(kernel.events()), t.eventCount(), t.edits().size(), t.longestReplaySteps(driver.steps()));
    }

    /** The result of the run once it reached its end (null before, and after going back from it). */
    public RunResult result() {
        commands.suspendedStop();
        return driver.result();
    }

    /**
     * What the run has cost up to this stop (per process and category, faults, memory), as a result without a
     * termination: the run has not ended. The results views show it while the system is suspended.
     */
    public RunResult resultSoFar() {
        Stop s = commands.suspendedStop();
        return KernelResults.soFar(kernel, "suspended under the debugger at event " + s.position() + ", cycle "
                + s.cycle() + ": costs so far", 0);
    }

    /** The {@link StateDigest} of the whole kernel here. */
    public long stateDigest() {
        commands.suspendedStop();
        return StateDigest.of(kernel);
    }

    public long cycle() {
        commands.suspendedStop();
        return kernel.now();
    }

    public long position() {
        commands.suspendedStop();
        return kernel.events();
    }
}
