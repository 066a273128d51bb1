package coyotos.studio.sim.debug;

import coyotos.studio.sim.kernel.InstructionWatch;
import coyotos.studio.sim.kernel.Kernel;
import coyotos.studio.sim.kernel.KernelProbe;
import coyotos.studio.sim.kernel.KernelResults;
import coyotos.studio.sim.kernel.RunBudget;
import coyotos.studio.sim.result.EventSink;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;
import coyotos.studio.sim.run.SimulationLimits;
import java.util.List;

/**
 * The simulation thread of a {@link DebugSession}: it steps the kernel as a plain run does, and is the kernel's
 * event sink, so it sees every event the moment it happens and can stop the kernel right there by waiting for the
 * next command inside the event. Going back unwinds the kernel's stack from inside the event ({@link Rewind}),
 * restores a checkpoint and replays to the target; looking back for the last fault or breakpoint replays the
 * stretches between checkpoints, newest first, without stopping.
 */
final class SessionDriver implements EventSink, InstructionWatch {

    /** What a forward command runs to, besides breakpoints and the end. */
    enum Goal {
        NONE, EVENT, OVER, FAULT,
        /** The next instruction point of a process (one whose EIP and ESP are as asked, when asked). */
        INSTRUCTION
    }

    enum Kind {
        FORWARD, GO_TO, BACK, TERMINATE
    }

    /**
     * A command. {@code point}: the instruction point a GO_TO goes to (-1: the position); for an INSTRUCTION goal,
     * {@code eip} (-1: any) and {@code minEsp} (unsigned) say which point of the process stops.
     */
    record Command(Kind kind, Goal goal, int process, long position, long steps, boolean boundary, int point,
            long eip, int minEsp) {
        static final Command TERMINATE = new Command(Kind.TERMINATE, Goal.NONE, -1, -1, -1, false);

        Command(Kind kind, Goal goal, int process, long position, long steps, boolean boundary) {
            this(kind, goal, process, position, steps, boundary, -1, -1, 0);
        }

        static Command forward(Goal goal, int process) {
            return new Command(Kind.FORWARD, goal, process, -1, -1, false);
        }

        /** To the next instruction point of {@code process} where EIP is {@code eip} (-1: any) and ESP >= minEsp. */
        static Command instruction(int process, long eip, int minEsp) {
            return new Command(Kind.FORWARD, Goal.INSTRUCTION, process, -1, -1, false, -1, eip, minEsp);
        }

        /** To instruction point {@code point} of step {@code steps}, which began at or after {@code position}. */
        static Command goToPoint(long position, long steps, int point) {
            return new Command(Kind.GO_TO, Goal.NONE, -1, position, steps, false, point, -1, 0);
        }

        /** Back to the last breakpoint hit ({@code Goal.NONE}) or the last fault or breakpoint ({@code Goal.FAULT}). */
        static Command back(Goal goal) {
            return new Command(Kind.BACK, goal, -1, -1, -1, false);
        }

        static Command goTo(long position, long steps, boolean boundary) {
            return new Command(Kind.GO_TO, Goal.NONE, -1, position, steps, boundary);
        }
    }

    /** Carries a command that leaves the current step (going back, ending) out of the kernel's code. */
    private static final class Rewind extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Command command;

        Rewind(Command command) {
            super(null, null, false, false);
            this.command = command;
        }
    }

    /** The stretch being looked through for an earlier stop is done. */
    private static final class ScanEnd extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ScanEnd() {
            super(null, null, false, false);
        }
    }

    private enum Mode {
        /** Building the system: events are recorded, nothing stops. */
        QUIET,
        /** Running forward toward a goal; breakpoints count and stop. */
        FORWARD,
        /** Replaying to a position the run has been at. */
        REPLAY,
        /** Replaying a stretch to find the last fault or breakpoint in it. */
        SCAN
    }

    private final SimulationLimits limits;
    private final DebugSession.Recorder recorder;
    private final Timeline timeline;
    private Kernel kernel;
    private KernelProbe probe;
    private VirtualMemory memory;
    private BreakpointTable breakpoints;

    private final Object lock = new Object();
    /** Guarded by {@link #lock}: the handshake between the callers and this thread. */
    private Command pending;
    private Stop published;
    /** The stop the running command started from. */
    private Stop from;
    private boolean busy = true;
    private boolean closed;
    private Throwable failure;
    private volatile boolean suspendRequested;
    private volatile boolean terminateRequested;

    // below: the simulation thread's own, read by callers only while it waits for a command
    private Mode mode = Mode.QUIET;
    private Goal goal = Goal.NONE;
    private int overProcess = -1;
    private long overFromSteps;
    /** Where an INSTRUCTION goal stops (null for other goals). */
    private InstructionGoal instructionGoal;
    /** The position the current slice started at, and the instructions its process had retired before it. */
    private long slicePosition;
    private long sliceBase;
    private int replayPoint = -1;
    private long steps;
    private long startPosition;
    private boolean ended;
    private RunResult result;
    private Termination termination;
    private long wallNanos;
    /** Steps at which the changes made at a boundary were last applied, so a boundary applies them once. */
    private long boundaryEditsDone = -1;
    private long replayTarget;
    private long replaySteps;
    private boolean replayBoundary;
    private StopReason replayReason;
    private int replayBreakpoint;
    private String replayDetail;
    private boolean scanFaults;
    private long scanLimit;
    private long scanFound;
    private StopReason scanReason;
    private int scanBreakpoint;
    private String scanDetail;

    SessionDriver(SimulationLimits limits, DebugSession.Recorder recorder, Timeline timeline) {
        this.limits = limits;
        this.recorder = recorder;
        this.timeline = timeline;
    }

    void bind(Kernel k, KernelProbe p, VirtualMemory m) {
        this.kernel = k;
        this.probe = p;
        this.memory = m;
        this.breakpoints = new BreakpointTable(p);
        k.watchInstructions(this);
    }

    // --- the callers' side -----------------------------------------------------------------------------------

    void awaitStart() {
        synchronized (lock) {
            while (published == null && failure == null && !closed) {
                waitQuietly();
            }
            rethrowFailure();
        }
    }

    Stop command(Command c) {
        synchronized (lock) {
            checkSuspended();
            // a suspend asked for before this command is not for it; one asked for from now on is
            suspendRequested = false;
            pending = c;
            busy = true;
            from = published;
            published = null;
            lock.notifyAll();
            while (busy && !closed) {
                waitQuietly();
            }
            rethrowFailure();
            if (published == null) {
                throw new IllegalStateException("the debug session has ended");
            }
            return published;
        }
    }

    Stop suspendedStop() {
        synchronized (lock) {
            checkSuspended();
            return published;
        }
    }

    boolean running() {
        synchronized (lock) {
            return busy && !closed;
        }
    }

    boolean closed() {
        synchronized (lock) {
            return closed;
        }
    }

    void requestSuspend() {
        suspendRequested = true;
    }

    void terminate() {
        terminateRequested = true;
        synchronized (lock) {
            if (!busy && !closed) {
                pending = Command.TERMINATE;
                busy = true;
                lock.notifyAll();
            }
        }
    }

    void change(Change c) {
        synchronized (lock) {
            checkSuspended();
            if (ended) {
                throw new IllegalArgumentException("the run is over: step back to where the change should be made");
            }
            c.apply(probe, memory);
            Stop.Point point = published.point();
            timeline.edit(new Timeline.Edit(kernel.events(), steps, published.boundary(),
                    point == null ? -1 : point.index(), c));
            if (published.boundary()) {
                boundaryEditsDone = steps;
            }
        }
    }

    Timeline timeline() {
        return timeline;
    }

    BreakpointTable breakpoints() {
        return breakpoints;
    }

    RunResult result() {
        synchronized (lock) {
            return ended ? result : null;
        }
    }

    /** Kernel steps completed (read while suspended). */
    long steps() {
        return steps;
    }

    long startPosition() {
        return startPosition;
    }

    private void checkSuspended() {
        rethrowFailure();
        if (closed) {
            throw new IllegalStateException("the debug session has ended");
        }
        if (busy) {
            throw new IllegalStateException("the system is running: suspend it first");
        }
    }

    private void rethrowFailure() {
        if (failure != null) {
            throw new IllegalStateException("the simulation failed: " + failure, failure);
        }
    }

    private void waitQuietly() {
        try {
            lock.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the system was running", e);
        }
    }

    // --- the simulation thread -------------------------------------------------------------------------------

    void simulate() {
        try {
            kernel.start();
            startPosition = kernel.events();
            timeline.add(mark());
            Command c = await(boundaryStop(StopReason.START, null));
            while (c.kind() != Kind.TERMINATE) {
                try {
                    c = perform(c);
                } catch (Rewind r) {
                    c = r.command;
                }
            }
        } catch (Rewind r) {
            // ended while being built
        } catch (Throwable t) {
            synchronized (lock) {
                failure = t;
            }
        } finally {
            synchronized (lock) {
                closed = true;
                busy = false;
                lock.notifyAll();
            }
        }
    }

    /** Waits for the next command with {@code s} published; returns it. */
    private Command await(Stop s) {
        synchronized (lock) {
            published = s;
            busy = false;
            lock.notifyAll();
            while (pending == null) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    pending = Command.TERMINATE;
                }
            }
            Command c = pending;
            pending = null;
            busy = true;
            return c;
        }
    }

    private Command perform(Command c) {
        return switch (c.kind()) {
            case FORWARD -> {
                aim(c);
                yield runForward();
            }
            case GO_TO -> c.point() >= 0 ? goToPoint(c.position(), c.steps(), c.point(), StopReason.ARRIVED, -1, null)
                    : goTo(c.position(), c.steps(), c.boundary(), StopReason.ARRIVED, -1, null);
            case BACK -> runBack(c.goal() == Goal.FAULT);
            case TERMINATE -> c;
        };
    }

    private void aim(Command c) {
        mode = Mode.FORWARD;
        goal = c.goal();
        overProcess = c.process();
        overFromSteps = steps;
        instructionGoal = c.goal() == Goal.INSTRUCTION
                ? InstructionGoal.of(c.process(), c.eip(), c.minEsp(), from, probe) : null;
    }

    /**
     * Steps the kernel as {@code Simulation.run()} does (the same limits, checked in the same order, so the run
     * and its digest are the same) until a stop inside an event, or the end, hands back a command that is not a
     * forward one.
     */
    private Command runForward() {
        while (true) {
            if (terminateRequested) {
                return Command.TERMINATE;
            }
            if (ended) {
                if (mode == Mode.SCAN) {
                    throw new ScanEnd();
                }
                mode = Mode.FORWARD;
                Command c = await(boundaryStop(StopReason.END, result.diagnosis()));
                if (c.kind() != Kind.FORWARD) {
                    return c;
                }
                aim(c);
                continue;
            }
            long position = kernel.events();
            if (mode == Mode.SCAN && position >= scanLimit) {
                throw new ScanEnd();
            }
            if (timeline.due(position, steps)) {
                timeline.add(mark());
            }
            if (boundaryEditsDone != steps) {
                for (Timeline.Edit e : timeline.editsAt(position, true)) {
                    if (e.steps() == steps) {
                        e.change().apply(probe, memory);
                    }
                }
                boundaryEditsDone = steps;
            }
            if (mode == Mode.REPLAY && replayBoundary && steps == replaySteps && position == replayTarget
                    || mode == Mode.FORWARD && suspendRequested) {
                boolean arrived = mode == Mode.REPLAY;
                mode = Mode.FORWARD;
                suspendRequested = false;
                Command c = await(boundaryStop(arrived ? replayReason : StopReason.SUSPENDED,
                        arrived ? replayDetail : null));
                if (c.kind() != Kind.FORWARD) {
                    return c;
                }
                aim(c);
            }
            boolean more = true;
            Termination exhausted = null;
            long t0 = System.nanoTime();
            try {
                more = kernel.step();
            } catch (RunBudget.Exhausted e) {
                // the cycle or event limit, reached where a plain run's budget reaches it: inside the step,
                // which is abandoned where it stood (RunBudget), so both runs end at the same point
                exhausted = e.termination();
            }
            if (mode == Mode.FORWARD) {
                wallNanos += System.nanoTime() - t0;
            }
            steps++;
            // the step limit is checked between whole steps (steps here are the run loop's, not the budget's
            // units of work); it ends a workload whose loop emits no event
            Termination t = exhausted != null ? exhausted
                    : !more ? kernel.idleTermination()
                            : steps >= limits.maxSteps() ? Termination.STEP_LIMIT : null;
            if (t != null) {
                if (t.stoppedEarly()) {
                    kernel.stop(t);
                }
                ended = true;
                termination = t;
                long limit = switch (t) {
                    case CYCLE_LIMIT -> limits.maxCycles();
                    case EVENT_LIMIT -> limits.maxEvents();
                    case STEP_LIMIT -> limits.maxSteps();
                    default -> -1;
                };
                result = KernelResults.of(kernel, t, limit, wallNanos);
            }
        }
    }

    private Command goTo(long position, long targetSteps, boolean boundary, StopReason reason, int breakpoint,
            String detail) {
        if (!boundary && position <= startPosition) {
            return goTo(startPosition, 0, true, reason, breakpoint, detail);
        }
        Timeline.Mark m = boundary ? timeline.atOrBefore(position, targetSteps) : timeline.atOrBefore(position - 1);
        restore(m);
        mode = Mode.REPLAY;
        replayPoint = -1;
        replayTarget = position;
        replaySteps = targetSteps;
        replayBoundary = boundary;
        replayReason = reason;
        replayBreakpoint = breakpoint;
        replayDetail = detail;
        return runForward();
    }

    /** Replays to instruction point {@code point} of step {@code targetSteps}, a step that began at or after position. */
    private Command goToPoint(long position, long targetSteps, int point, StopReason reason, int breakpoint,
            String detail) {
        restore(timeline.atOrBefore(position, targetSteps));
        mode = Mode.REPLAY;
        replayTarget = -1;
        replaySteps = targetSteps;
        replayBoundary = false;
        replayPoint = point;
        replayReason = reason;
        replayBreakpoint = breakpoint;
        replayDetail = detail;
        return runForward();
    }

    /**
     * Where stepping {@code process} back one instruction goes: from its own instruction point, the first point
     * that followed one instruction fewer (where stepping forward would have stopped); from any other stop, the
     * first point at the instructions it has retired, or else one fewer. Null when it ran no instruction before.
     */
    Command pointBefore(int process) {
        Stop now = suspendedStop();
        Stop.Point p = now.point();
        boolean own = p != null && p.process() == process;
        long retired = probe.retired(process) + (own ? p.index() : 0);
        // the slices that ended up to this stop are recorded; the one going on at a point is not
        long before = p != null ? now.steps() : now.steps() + 1;
        for (long count = own ? retired - 1 : retired; count >= retired - 1 && count >= 0; count--) {
            long[] at;
            synchronized (lock) {
                at = timeline.firstPointAt(process, count, before);
            }
            if (at != null) {
                return Command.goToPoint(at[1], at[0], (int) at[2]);
            }
            if (own && count >= probe.retired(process)) {
                // in the slice going on: point k follows k retired instructions
                return Command.goToPoint(now.position(), now.steps(), (int) (count - probe.retired(process)));
            }
        }
        return null;
    }

    /**
     * The last breakpoint hit (or fault, with {@code faults}) before the current stop, looked for stretch by stretch,
     * newest first.
     */
    private Command runBack(boolean faults) {
        Stop now = from;
        long upper = now.boundary() ? now.position() + 1 : now.position();
        List<Timeline.Mark> marks = timeline.marks();
        int i = marks.size() - 1;
        while (i >= 0 && marks.get(i).position() >= upper) {
            i--;
        }
        for (; i >= 0; i--) {
            Timeline.Mark m = marks.get(i);
            restore(m);
            mode = Mode.SCAN;
            scanFaults = faults;
            scanLimit = upper;
            scanFound = -1;
            try {
                runForward();
            } catch (ScanEnd e) {
                // the stretch is done
            }
            if (scanFound >= 0) {
                return goTo(scanFound, -1, false, scanReason, scanBreakpoint, scanDetail);
            }
            upper = m.position() + 1;
        }
        return goTo(startPosition, 0, true, StopReason.NOTHING_EARLIER, -1, (faults ? "no fault and no breakpoint"
                : "no breakpoint") + " before that point: back at the start");
    }

    private void restore(Timeline.Mark m) {
        m.checkpoint().restore();
        kernel.dropDecodedCode();
        steps = m.steps();
        ended = false;
        result = null;
        termination = null;
        boundaryEditsDone = -1;
        breakpoints.restoreHits(m.hits());
        recorder.rewind(m.position());
        timeline.truncateEvents(m.position());
        timeline.truncateSlices(m.steps());
    }

    private Timeline.Mark mark() {
        return new Timeline.Mark(kernel.events(), steps, Checkpoint.capture(kernel, last()),
                Timeline.copy(breakpoints.hits()));
    }

    private Checkpoint last() {
        Timeline.Mark m = timeline.atOrBefore(kernel.events());
        return m == null ? null : m.checkpoint();
    }

    private Stop boundaryStop(StopReason reason, String detail) {
        return new Stop(reason, kernel.events(), steps, true, kernel.now(), null, -1,
                reason == StopReason.END ? termination : null, detail);
    }

    // --- every event -----------------------------------------------------------------------------------------

    @Override
    public long interestMask() {
        return EventType.ALL;
    }

    @Override
    public void onEvent(long cycle, EventType type, int process, int peer, long value, long detail) {
        long position = kernel.events();
        if ((recorder.interestMask() & type.bit()) != 0) {
            recorder.record(position, cycle, type, process, peer, value, detail);
        }
        boolean kernelEvent = (DebugSession.KERNEL_EVENTS & type.bit()) != 0;
        if (kernelEvent) {
            timeline.event(position, type, process);
        }
        if (mode == Mode.QUIET) {
            return;
        }
        for (Timeline.Edit e : timeline.editsAt(position, false)) {
            e.change().apply(probe, memory);
        }
        if (terminateRequested) {
            throw new Rewind(Command.TERMINATE);
        }
        switch (mode) {
            case REPLAY -> {
                if (breakpoints.any() && (type != EventType.TOUCH || breakpoints.watching())) {
                    // hits count as they did the first time through, so hit counts hold after going back
                    breakpoints.match(new Stop.Event(position, cycle, type, process, peer, value, detail), true);
                }
                if (!replayBoundary && position == replayTarget) {
                    mode = Mode.FORWARD;
                    stopHere(replayReason, new Stop.Event(position, cycle, type, process, peer, value, detail),
                            replayBreakpoint, replayDetail);
                }
            }
            case SCAN -> scan(new Stop.Event(position, cycle, type, process, peer, value, detail));
            case FORWARD -> check(type, kernelEvent, position, cycle, process, peer, value, detail);
            default -> {
            }
        }
    }

    private void check(EventType type, boolean kernelEvent, long position, long cycle, int process, int peer,
            long value, long detail) {
        Stop.Event e = null;
        BreakpointTable.Hit hit = null;
        if (breakpoints.any() && (type != EventType.TOUCH || breakpoints.watching())) {
            e = new Stop.Event(position, cycle, type, process, peer, value, detail);
            hit = breakpoints.match(e, true);
        }
        StopReason reason = hit != null ? StopReason.BREAKPOINT
                : suspendRequested ? StopReason.SUSPENDED
                        : switch (goal) {
                            case EVENT -> kernelEvent ? StopReason.STEP : null;
                            case OVER -> overDone(type, process, value) ? StopReason.STEP_OVER : null;
                            case FAULT -> type == EventType.FAULT_RAISED ? StopReason.FAULT : null;
                            // a step whose instruction raises a fault stops at the fault, as the CPU would
                            case INSTRUCTION -> type == EventType.FAULT_RAISED && process == overProcess
                                    ? StopReason.FAULT : null;
                            case NONE -> null;
                        };
        if (reason != null) {
            suspendRequested = false;
            stopHere(reason, e != null ? e : new Stop.Event(position, cycle, type, process, peer, value, detail),
                    hit == null ? -1 : hit.id(), hit == null ? null : hit.problem());
        }
    }

    /**
     * Stepping over is done when the process runs its own code again: it becomes running (back from a call or a
     * fault), or ends, or (after the step it was stopped in) has an event while it runs on the CPU.
     */
    private boolean overDone(EventType type, int process, long value) {
        if (process != overProcess) {
            return false;
        }
        if (type == EventType.STATE_CHANGE) {
            return value == ProcessState.RUNNING.ordinal() || value == ProcessState.IN_ACTIVATION.ordinal()
                    || value == ProcessState.DONE.ordinal() || value == ProcessState.HALTED.ordinal();
        }
        ProcessState s = probe.process(process).state();
        return steps > overFromSteps && probe.onCpu() == process
                && (s == ProcessState.RUNNING || s == ProcessState.IN_ACTIVATION);
    }

    private void scan(Stop.Event e) {
        if (e.position() >= scanLimit) {
            throw new ScanEnd();
        }
        BreakpointTable.Hit hit = breakpoints.any() ? breakpoints.match(e, false) : null;
        if (hit != null) {
            scanFound = e.position();
            scanReason = StopReason.BREAKPOINT;
            scanBreakpoint = hit.id();
            scanDetail = hit.problem();
        } else if (scanFaults && e.type() == EventType.FAULT_RAISED) {
            scanFound = e.position();
            scanReason = StopReason.FAULT;
            scanBreakpoint = -1;
            scanDetail = null;
        }
    }

    /** Stops the kernel inside this event until a command comes; going on forward returns, anything else unwinds. */
    private void stopHere(StopReason reason, Stop.Event e, int breakpoint, String detail) {
        Command c = await(new Stop(reason, e.position(), steps, false, e.cycle(), e, breakpoint, null, detail));
        if (c.kind() != Kind.FORWARD) {
            throw new Rewind(c);
        }
        aim(c);
    }

    // --- every instruction point of a watched slice ------------------------------------------------------------

    @Override
    public boolean watching(int process) {
        slicePosition = kernel.events();
        sliceBase = probe.retired(process);
        return switch (mode) {
            case QUIET -> false;
            case FORWARD -> goal == Goal.INSTRUCTION && process == overProcess || breakpoints.instructions(process);
            case REPLAY -> replayPoint >= 0 && steps == replaySteps || breakpoints.instructions(process)
                    || timeline.pointEdits(steps);
            case SCAN -> timeline.pointEdits(steps);
        };
    }

    @Override
    public void before(int process, int point, int eip) {
        if (mode == Mode.QUIET) {
            return;
        }
        for (Timeline.Edit e : timeline.editsAtPoint(steps, point)) {
            e.change().apply(probe, memory);
        }
        if (terminateRequested) {
            throw new Rewind(Command.TERMINATE);
        }
        long position = kernel.events();
        Stop.Point here = new Stop.Point(process, point, eip);
        switch (mode) {
            case REPLAY -> {
                if (breakpoints.instructions(process)) {
                    breakpoints.match(BreakpointTable.instructionPoint(position, kernel.now(), process, eip), true);
                }
                if (replayPoint >= 0 && steps == replaySteps && point == replayPoint) {
                    mode = Mode.FORWARD;
                    replayPoint = -1;
                    stopAt(replayReason, here, replayBreakpoint, replayDetail);
                }
            }
            case FORWARD -> {
                BreakpointTable.Hit hit = breakpoints.instructions(process)
                        ? breakpoints.match(BreakpointTable.instructionPoint(position, kernel.now(), process, eip), true)
                        : null;
                StopReason reason = hit != null ? StopReason.BREAKPOINT
                        : instructionGoal != null && process == instructionGoal.process()
                                && instructionGoal.reached(probe, point, eip)
                                ? StopReason.STEP_INSTRUCTION : null;
                if (reason != null) {
                    suspendRequested = false;
                    stopAt(reason, here, hit == null ? -1 : hit.id(), hit == null ? null : hit.problem());
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void sliceEnded(int process, int points) {
        timeline.slice(steps, slicePosition, process, sliceBase, points);
    }

    /** Stops the kernel at an instruction point until a command comes, as {@link #stopHere} does in an event. */
    private void stopAt(StopReason reason, Stop.Point p, int breakpoint, String detail) {
        Command c = await(new Stop(reason, kernel.events(), steps, false, kernel.now(), null, breakpoint, null, detail,
                p));
        if (c.kind() != Kind.FORWARD) {
            throw new Rewind(c);
        }
        aim(c);
    }
}
