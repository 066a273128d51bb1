package coyotos.studio.debug;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.IBreakpointListener;
import org.eclipse.debug.core.IBreakpointManagerListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IMemoryBlock;
import org.eclipse.debug.core.model.IMemoryBlockExtension;
import org.eclipse.debug.core.model.IMemoryBlockRetrievalExtension;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IThread;

import coyotos.studio.debug.internal.CommandThread;
import coyotos.studio.debug.internal.InstalledBreakpoints;
import coyotos.studio.debug.internal.LiveEvents;
import coyotos.studio.debug.internal.MemoryAddress;
import coyotos.studio.debug.internal.Names;
import coyotos.studio.debug.internal.ProgramImages;
import coyotos.studio.debug.internal.ProgramSymbols;
import coyotos.studio.debug.internal.StopText;
import coyotos.studio.debug.internal.TargetEvents;
import coyotos.studio.model.CoyotosSystem;
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
    private final TargetEvents debugEvents;
    private final CommandThread commands;
    private final InstalledBreakpoints installed = new InstalledBreakpoints();

    private volatile boolean terminated;

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
        this.debugEvents = new TargetEvents(this);
        this.commands = new CommandThread(name, session.stop(), debugEvents);
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
        InstalledBreakpoints.listen(target);
        target.installBreakpoints();
        target.debugEvents.created();
        target.debugEvents.suspended(DebugEvent.CLIENT_REQUEST);
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

    /** The model file, how far back one can go and where the system stands ({@link StopText#label}). */
    @Override
    public String getName() {
        return StopText.label(name, this);
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
        InstalledBreakpoints.stopListening(this);
        session.requestSuspend();
        // closing waits for the simulation thread to end: never on the caller's (the UI) thread
        Thread closer = new Thread(session::close, "Coyotos debugger: ending " + name);
        closer.setDaemon(true);
        closer.start();
        commands.shutdown();
        commands.changed();
        debugEvents.terminated();
    }

    @Override
    public boolean canResume() {
        return isSuspended() && commands.stop().reason() != StopReason.END;
    }

    @Override
    public boolean canSuspend() {
        return !terminated && commands.busy();
    }

    @Override
    public boolean isSuspended() {
        return !terminated && !commands.busy();
    }

    @Override
    public void resume() {
        commands.run(DebugEvent.CLIENT_REQUEST, DebugEvent.BREAKPOINT, session::resume);
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
        return new ProcessMemoryBlock(this, process, MemoryAddress.parse(expression), expression.trim());
    }

    // --- kernel-event stepping and time travel ---------------------------------------------------------------

    /** Whether the system can run forward: suspended and not at the end of the run. */
    public boolean canRunForward() {
        return canResume();
    }

    /** Steps to the next kernel event of any process. */
    public void stepEvent() {
        commands.run(DebugEvent.STEP_INTO, DebugEvent.STEP_END, session::stepEvent);
    }

    /** Runs until {@code process} is back from its invocation or fault. */
    public void stepOver(int process) {
        commands.run(DebugEvent.STEP_OVER, DebugEvent.STEP_END, () -> session.stepOver(process));
    }

    /** Runs until the program {@code process} is about to run its next instruction (past an int $0x30: its return). */
    public void stepInstruction(int process) {
        commands.run(DebugEvent.STEP_INTO, DebugEvent.STEP_END, () -> session.stepInstruction(process));
    }

    /**
     * Runs until the program {@code process} is about to run the instruction at {@code eip} with ESP at or above
     * {@code minEsp}: over a call, or out of the current function.
     */
    public void runToInstruction(int process, int eip, int minEsp, int resumeDetail) {
        commands.run(resumeDetail, DebugEvent.STEP_END, () -> session.runToInstruction(process, eip, minEsp));
    }

    /** Goes back to the program {@code process}'s instruction before this stop. */
    public void stepBackInstruction(int process) {
        commands.run(DebugEvent.STEP_INTO, DebugEvent.STEP_END, () -> session.stepBackInstruction(process));
    }

    /** The symbols of a program process's image, to label its addresses. */
    public ProgramSymbols symbols(int process) {
        return programs.symbols(process);
    }

    /** Runs to the next fault any process raises (or a breakpoint, or the end). */
    public void runToFault() {
        commands.run(DebugEvent.CLIENT_REQUEST, DebugEvent.BREAKPOINT, session::runToFault);
    }

    /** Whether there is a past to go back to: suspended after the start. */
    public boolean canStepBack() {
        return isSuspended() && commands.stop().reason() != StopReason.START;
    }

    public void stepBack() {
        commands.run(DebugEvent.STEP_INTO, DebugEvent.STEP_END, session::stepBack);
    }

    /** Runs back to the last breakpoint hit before this stop, or to the start. */
    public void runBack() {
        commands.run(DebugEvent.CLIENT_REQUEST, DebugEvent.BREAKPOINT, session::runBack);
    }

    public void runBackToFault() {
        commands.run(DebugEvent.CLIENT_REQUEST, DebugEvent.BREAKPOINT, session::runBackToFault);
    }

    public void goToStart() {
        commands.run(DebugEvent.CLIENT_REQUEST, DebugEvent.CLIENT_REQUEST, session::goToStart);
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
        commands.run(DebugEvent.CLIENT_REQUEST, DebugEvent.CLIENT_REQUEST, () -> {
            ForkedRun.Taken taken = ForkedRun.take(session, this, eventsFile);
            done.accept(taken.fork());
            return taken.back();
        });
    }

    /** The thread of the process the stop concerns (the first process at the start and the end). */
    public CoyotosThread focusThread() {
        if (threads.isEmpty()) {
            return null;
        }
        int p = commands.stop().process();
        return p >= 0 && p < threads.size() ? threads.get(p) : threads.get(0);
    }

    // --- the suspended system ----------------------------------------------------------------------------------

    /** The last stop. */
    public Stop stop() {
        return commands.stop();
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
        return commands.serial();
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
        commands.changed();
        fireChangeEvent(DebugEvent.CONTENT);
    }

    /** The Eclipse breakpoint the last stop hit, or null. */
    public CoyotosBreakpoint hitBreakpoint() {
        return installed.hitAt(commands.stop());
    }

    /** Hits of an installed breakpoint up to this stop, as the session counts them (-1 when not installed). */
    public long hits(CoyotosBreakpoint b) {
        return installed.hits(b, session);
    }

    // --- breakpoints ---------------------------------------------------------------------------------------------

    /** Gives the session the enabled Coyotos breakpoints that apply to this model ({@link InstalledBreakpoints}). */
    void installBreakpoints() {
        installed.install(this::supportsBreakpoint, session, () -> terminated);
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
