package coyotos.studio.debug;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointListener;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.core.IBreakpointManagerListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IMemoryBlock;
import org.eclipse.debug.core.model.IMemoryBlockExtension;
import org.eclipse.debug.core.model.IMemoryBlockRetrievalExtension;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IThread;

import coyotos.studio.debug.internal.LiveEvents;
import coyotos.studio.debug.internal.Names;
import coyotos.studio.debug.internal.ProgramImages;
import coyotos.studio.debug.internal.ProgramSymbols;
import coyotos.studio.debug.internal.StopText;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.sim.debug.Breakpoint;
import coyotos.studio.sim.debug.Change;
import coyotos.studio.sim.debug.DebugSession;
import coyotos.studio.sim.debug.Stop;
import coyotos.studio.sim.debug.StopReason;
import coyotos.studio.sim.model.ModelSimulation;
import coyotos.studio.sim.model.SimulationOverrides;
import coyotos.studio.sim.model.Translation;
import coyotos.studio.sim.result.RunResult;

/**
 * A simulated Coyotos system under the Eclipse debugger: one {@link CoyotosThread} per process, stopped and run
 * as one system (a kernel event stops every process, as the simulator is one machine). The simulation runs on the
 * session's own thread; the commands here are handed to a worker thread of the target, so the caller (the UI
 * thread) never runs the simulation and never waits for it. Each command fires a RESUME event before it starts
 * and a SUSPEND event (with the stop's detail) on the thread of the process the stop concerns when it ends.
 *
 * <p>Beyond what IDebugTarget offers it steps one kernel event, steps over a process's invocation or fault, runs
 * to the next fault, and goes back in time ({@link #stepBack()}, {@link #runBack()}, {@link #runBackToFault()},
 * {@link #goToStart()}) by the session's checkpoints and replay.
 */
public final class CoyotosDebugTarget extends CoyotosDebugElement
        implements IDebugTarget, IMemoryBlockRetrievalExtension, IBreakpointListener, IBreakpointManagerListener {

    private final ILaunch launch;
    private final IFile model;
    private final String name;
    private final DebugSession session;
    private final LiveEvents events;
    private final Names names;
    private final ProgramImages programs;
    private final List<CoyotosThread> threads = new ArrayList<>();
    private final ExecutorService commands;
    private final Map<Integer, CoyotosBreakpoint> installed = new HashMap<>();

    private volatile boolean terminated;
    private volatile boolean busy;
    private volatile Stop stop;
    /** Counts stops and edits: values read at another count are no longer the system's. */
    private volatile long serial;

    private CoyotosDebugTarget(ILaunch launch, IFile model, String name, DebugSession session, LiveEvents events,
            Names names, ProgramImages programs) {
        super(null);
        this.launch = launch;
        this.model = model;
        this.name = name;
        this.session = session;
        this.events = events;
        this.names = names;
        this.programs = programs;
        this.commands = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "Coyotos debugger commands: " + name);
            t.setDaemon(true);
            return t;
        });
        this.stop = session.stop();
        for (int p = 0; p < session.probe().processCount(); p++) {
            threads.add(new CoyotosThread(this, p));
        }
    }

    /**
     * Opens a debug session of a translated model, stopped at its start, through the run path of Run As
     * ({@link ModelSimulation#simulation(Translation, SimulationOverrides)}: the same profile and limits), adds it
     * to the launch and installs the workspace's Coyotos breakpoints that apply to {@code model}.
     *
     * @param model  the model file (breakpoints on it apply), or null: only breakpoints on the workspace root apply
     * @param system the loaded model, for the names of objects the simulator knows by id; may be null
     */
    public static CoyotosDebugTarget start(ILaunch launch, Translation translation, SimulationOverrides overrides,
            IFile model, CoyotosSystem system) {
        LiveEvents events = new LiveEvents();
        DebugSession session = ModelSimulation.simulation(translation, overrides).debug(events);
        String label = (model != null ? model.getName() : session.info().image()) + " · "
                + session.info().profile() + " · " + session.info().kernel();
        CoyotosDebugTarget target = new CoyotosDebugTarget(launch, model, label, session, events,
                Names.of(system, session.info()), ProgramImages.of(system, session.info()));
        if (launch != null) {
            launch.addDebugTarget(target);
        }
        IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
        manager.addBreakpointListener((IBreakpointListener) target);
        manager.addBreakpointManagerListener(target);
        target.installBreakpoints();
        target.fire(DebugEvent.CREATE, DebugEvent.UNSPECIFIED);
        for (CoyotosThread t : target.threads) {
            t.fire(DebugEvent.CREATE, DebugEvent.UNSPECIFIED);
        }
        target.fireSuspended(DebugEvent.CLIENT_REQUEST);
        return target;
    }

    // --- the platform's target ------------------------------------------------------------------------------

    @Override
    public IDebugTarget getDebugTarget() {
        return this;
    }

    @Override
    public ILaunch getLaunch() {
        return launch;
    }

    @Override
    public IProcess getProcess() {
        return null;
    }

    @Override
    public IThread[] getThreads() {
        return terminated ? new IThread[0] : threads.toArray(IThread[]::new);
    }

    public List<CoyotosThread> threads() {
        return List.copyOf(threads);
    }

    @Override
    public boolean hasThreads() {
        return !terminated && !threads.isEmpty();
    }

    /**
     * The model file, how far back one can go and where the system stands: "ipc.coyotos · pentium4 · coyotos-2007 ·
     * history: 3 checkpoints, 0.2 MB of 67.1 MB, back to the start (suspended: fault ...)".
     */
    @Override
    public String getName() {
        if (terminated) {
            return name + " (terminated)";
        }
        if (busy) {
            return name + " (running)";
        }
        Stop s = stop;
        return name + " · " + session.history().describe() + " (" + StopText.describe(s, this) + ")";
    }

    @Override
    public boolean supportsBreakpoint(IBreakpoint breakpoint) {
        return breakpoint instanceof CoyotosBreakpoint b && b.appliesTo(model);
    }

    @Override
    public boolean canTerminate() {
        return !terminated;
    }

    @Override
    public boolean isTerminated() {
        return terminated;
    }

    @Override
    public void terminate() {
        if (terminated) {
            return;
        }
        terminated = true;
        IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
        manager.removeBreakpointListener((IBreakpointListener) this);
        manager.removeBreakpointManagerListener(this);
        session.requestSuspend();
        // closing waits for the simulation thread to end: never on the caller's (the UI) thread
        Thread closer = new Thread(session::close, "Coyotos debugger: ending " + name);
        closer.setDaemon(true);
        closer.start();
        commands.shutdown();
        serial++;
        // one event set: the views remove the threads and the target in one update
        List<DebugEvent> ended = new ArrayList<>();
        for (CoyotosThread t : threads) {
            ended.add(new DebugEvent(t, DebugEvent.TERMINATE));
        }
        ended.add(new DebugEvent(this, DebugEvent.TERMINATE));
        DebugPlugin plugin = DebugPlugin.getDefault();
        if (plugin != null) {
            plugin.fireDebugEventSet(ended.toArray(DebugEvent[]::new));
        }
    }

    @Override
    public boolean canResume() {
        return isSuspended() && stop.reason() != StopReason.END;
    }

    @Override
    public boolean canSuspend() {
        return !terminated && busy;
    }

    @Override
    public boolean isSuspended() {
        return !terminated && !busy;
    }

    @Override
    public void resume() {
        run(DebugEvent.CLIENT_REQUEST, DebugEvent.BREAKPOINT, session::resume);
    }

    @Override
    public void suspend() {
        session.requestSuspend();
    }

    @Override
    public boolean canDisconnect() {
        return false;
    }

    @Override
    public void disconnect() throws DebugException {
        throw new DebugException(Status.error("a simulated system cannot be disconnected from: terminate it"));
    }

    @Override
    public boolean isDisconnected() {
        return false;
    }

    /** Memory is read per process, through its GPT tree: {@link #getExtendedMemoryBlock}. */
    @Override
    public boolean supportsStorageRetrieval() {
        return true;
    }

    @Override
    public IMemoryBlock getMemoryBlock(long startAddress, long length) throws DebugException {
        return new ProcessMemoryBlock(this, focusThread().process(), startAddress, "0x"
                + Long.toHexString(startAddress));
    }

    /**
     * The Memory view's monitor: {@code expression} an address (0x-hex or decimal) in the address space of the
     * process selected in the Debug view ({@code context}: its thread or a frame), or of the stop's process.
     */
    @Override
    public IMemoryBlockExtension getExtendedMemoryBlock(String expression, Object context) throws DebugException {
        int process = context instanceof CoyotosThread t ? t.process()
                : context instanceof CoyotosStackFrame f ? f.process() : focusThread().process();
        long address;
        try {
            String e = expression.trim().replace("_", "");
            address = e.toLowerCase(java.util.Locale.ROOT).startsWith("0x") ? Long.parseUnsignedLong(e.substring(2), 16)
                    : Long.parseLong(e);
        } catch (NumberFormatException e) {
            throw new DebugException(Status.error("'" + expression + "' is not an address: write 0x10000 or 65536"));
        }
        if (address < 0 || address > 0xFFFF_FFFFL) {
            throw new DebugException(Status.error(expression + " is not a 32-bit user address"));
        }
        return new ProcessMemoryBlock(this, process, address, expression.trim());
    }

    // --- kernel-event stepping and time travel ---------------------------------------------------------------

    /** Whether the system can run forward: suspended and not at the end of the run. */
    public boolean canRunForward() {
        return canResume();
    }

    /** Steps to the next kernel event of any process. */
    public void stepEvent() {
        run(DebugEvent.STEP_INTO, DebugEvent.STEP_END, session::stepEvent);
    }

    /** Runs until {@code process} is back from its invocation or fault. */
    public void stepOver(int process) {
        run(DebugEvent.STEP_OVER, DebugEvent.STEP_END, () -> session.stepOver(process));
    }

    /** Runs until the program {@code process} is about to run its next instruction (past an int $0x30: its return). */
    public void stepInstruction(int process) {
        run(DebugEvent.STEP_INTO, DebugEvent.STEP_END, () -> session.stepInstruction(process));
    }

    /**
     * Runs until the program {@code process} is about to run the instruction at {@code eip} with ESP at or above
     * {@code minEsp}: over a call, or out of the current function.
     */
    public void runToInstruction(int process, int eip, int minEsp, int resumeDetail) {
        run(resumeDetail, DebugEvent.STEP_END, () -> session.runToInstruction(process, eip, minEsp));
    }

    /** Goes back to the program {@code process}'s instruction before this stop. */
    public void stepBackInstruction(int process) {
        run(DebugEvent.STEP_INTO, DebugEvent.STEP_END, () -> session.stepBackInstruction(process));
    }

    /** The symbols of a program process's image, to label its addresses. */
    public ProgramSymbols symbols(int process) {
        return programs.symbols(process);
    }

    /** Runs to the next fault any process raises (or a breakpoint, or the end). */
    public void runToFault() {
        run(DebugEvent.CLIENT_REQUEST, DebugEvent.BREAKPOINT, session::runToFault);
    }

    /** Whether there is a past to go back to: suspended after the start. */
    public boolean canStepBack() {
        return isSuspended() && stop.reason() != StopReason.START;
    }

    public void stepBack() {
        run(DebugEvent.STEP_INTO, DebugEvent.STEP_END, session::stepBack);
    }

    /** Runs back to the last breakpoint hit before this stop, or to the start. */
    public void runBack() {
        run(DebugEvent.CLIENT_REQUEST, DebugEvent.BREAKPOINT, session::runBack);
    }

    public void runBackToFault() {
        run(DebugEvent.CLIENT_REQUEST, DebugEvent.BREAKPOINT, session::runBackToFault);
    }

    public void goToStart() {
        run(DebugEvent.CLIENT_REQUEST, DebugEvent.CLIENT_REQUEST, session::goToStart);
    }

    /**
     * Run From Here: carries the run on from this stop to its end with the changes made (no breakpoints), writes
     * its events to {@code eventsFile}, hands the {@link ForkedRun} to {@code done} (on the command thread) and
     * comes back to this stop. Ignored unless suspended before the end.
     */
    public void runFromHere(Path eventsFile, Consumer<ForkedRun> done) {
        if (!canRunForward()) {
            return;
        }
        run(DebugEvent.CLIENT_REQUEST, DebugEvent.CLIENT_REQUEST, () -> {
            ForkedRun.Taken taken = ForkedRun.take(session, this, eventsFile);
            done.accept(taken.fork());
            return taken.back();
        });
    }

    /**
     * Hands a session command to the command thread. A second command while one runs is ignored, as the
     * platform ignores a resume of a running thread.
     */
    private synchronized void run(int resumeDetail, int stopDetail, Supplier<Stop> command) {
        if (!isSuspended()) {
            return;
        }
        busy = true;
        serial++;
        fireResumeEvent(resumeDetail);
        for (CoyotosThread t : threads) {
            t.fire(DebugEvent.RESUME, resumeDetail);
        }
        commands.execute(() -> {
            Stop s;
            try {
                s = command.get();
            } catch (RuntimeException e) {
                if (terminated) {
                    return;
                }
                ILog.of(CoyotosDebugTarget.class).error("The simulation failed: " + e.getMessage(), e);
                busy = false;
                terminate();
                return;
            }
            if (terminated) {
                return;
            }
            stop = s;
            serial++;
            busy = false;
            fireSuspended(detailOf(s, stopDetail));
        });
    }

    private static int detailOf(Stop s, int asked) {
        return switch (s.reason()) {
            case BREAKPOINT -> DebugEvent.BREAKPOINT;
            case SUSPENDED -> DebugEvent.CLIENT_REQUEST;
            case STEP, STEP_OVER, STEP_INSTRUCTION -> DebugEvent.STEP_END;
            default -> asked;
        };
    }

    private void fireSuspended(int detail) {
        fireSuspendEvent(detail);
        CoyotosThread focus = focusThread();
        for (CoyotosThread t : threads) {
            if (t != focus) {
                t.fire(DebugEvent.CHANGE, DebugEvent.STATE);
            }
        }
        if (focus != null) {
            // the Debug view selects the thread that suspends with a detail, so the stop's own comes last
            focus.fire(DebugEvent.SUSPEND, detail);
        }
    }

    /** The thread of the process the stop concerns (the first process at the start and the end). */
    public CoyotosThread focusThread() {
        if (threads.isEmpty()) {
            return null;
        }
        int p = stop.process();
        return p >= 0 && p < threads.size() ? threads.get(p) : threads.get(0);
    }

    // --- the suspended system ----------------------------------------------------------------------------------

    /** The last stop. */
    public Stop stop() {
        return stop;
    }

    /** The session: read it only while the target is suspended. */
    public DebugSession session() {
        return session;
    }

    public Names names() {
        return names;
    }

    public IFile model() {
        return model;
    }

    /** Counts stops and edits; values read at another serial are no longer the system's. */
    public long serial() {
        return serial;
    }

    /** The events of the run so far, as Run As keeps them. */
    public LiveEvents events() {
        return events;
    }

    /** The run's result once it reached its end (null before and after going back from it). */
    public RunResult result() {
        return isSuspended() ? session.result() : null;
    }

    /** The state digest of the whole system here (the same bits after any way back to the same point). */
    public long stateDigest() {
        return session.stateDigest();
    }

    /**
     * Makes a change in the suspended system, as Process.idl lets a handler make it, and tells the views.
     *
     * @throws DebugException saying why the kernel (or the end of the run) refuses it
     */
    public void change(Change c) throws DebugException {
        if (!isSuspended()) {
            throw new DebugException(Status.error("the system can be changed only while it is suspended"));
        }
        try {
            session.change(c);
        } catch (IllegalArgumentException e) {
            throw new DebugException(Status.error(e.getMessage()));
        }
        serial++;
        fireChangeEvent(DebugEvent.CONTENT);
    }

    /** The Eclipse breakpoint the last stop hit, or null. */
    public CoyotosBreakpoint hitBreakpoint() {
        synchronized (installed) {
            return stop.reason() == StopReason.BREAKPOINT ? installed.get(stop.breakpoint()) : null;
        }
    }

    /** Hits of an installed breakpoint up to this stop, as the session counts them (-1 when not installed). */
    public long hits(CoyotosBreakpoint b) {
        synchronized (installed) {
            for (Map.Entry<Integer, CoyotosBreakpoint> e : installed.entrySet()) {
                if (e.getValue().equals(b)) {
                    return session.hits().getOrDefault(e.getKey(), 0L);
                }
            }
        }
        return -1;
    }

    // --- breakpoints ---------------------------------------------------------------------------------------------

    /**
     * Gives the session the enabled Coyotos breakpoints that apply to this model (none while the manager skips
     * all breakpoints). A breakpoint the session refuses (a condition that no longer compiles) is left out and
     * logged with its reason.
     */
    void installBreakpoints() {
        IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
        List<Breakpoint> table = new ArrayList<>();
        synchronized (installed) {
            installed.clear();
            if (manager.isEnabled()) {
                int id = 1;
                for (IBreakpoint b : manager.getBreakpoints(CoyotosDebugModel.ID)) {
                    try {
                        if (b instanceof CoyotosBreakpoint cb && b.isEnabled() && supportsBreakpoint(b)) {
                            String c = cb.condition();
                            table.add(new Breakpoint(id, cb.trigger(), c.isBlank() ? null : c, cb.hitCount()));
                            installed.put(id++, cb);
                        }
                    } catch (CoreException | IllegalArgumentException e) {
                        ILog.of(CoyotosDebugTarget.class).warn("Breakpoint left out: " + e.getMessage());
                    }
                }
            }
        }
        if (!terminated) {
            session.setBreakpoints(table);
        }
    }

    @Override
    public void breakpointAdded(IBreakpoint breakpoint) {
        if (breakpoint instanceof CoyotosBreakpoint) {
            installBreakpoints();
        }
    }

    @Override
    public void breakpointRemoved(IBreakpoint breakpoint, IMarkerDelta delta) {
        if (breakpoint instanceof CoyotosBreakpoint) {
            installBreakpoints();
        }
    }

    @Override
    public void breakpointChanged(IBreakpoint breakpoint, IMarkerDelta delta) {
        if (breakpoint instanceof CoyotosBreakpoint) {
            installBreakpoints();
        }
    }

    @Override
    public void breakpointManagerEnablementChanged(boolean enabled) {
        installBreakpoints();
    }
}
