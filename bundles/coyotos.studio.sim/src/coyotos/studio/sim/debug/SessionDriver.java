package coyotos.studio.sim.debug;

import coyotos.studio.sim.kernel.InstructionWatch;
import coyotos.studio.sim.kernel.Kernel;
import coyotos.studio.sim.kernel.KernelProbe;
import coyotos.studio.sim.result.EventSink;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.run.SimulationLimits;
import java.util.List;

/**
 * The simulation thread of a {@link DebugSession}: it steps the kernel as a plain run does ({@link LimitedRun}), and
 * is the kernel's event sink and instruction watch, so it sees every event and instruction point the moment it
 * happens and can stop the kernel right there by waiting for the next command ({@link CommandHandshake}) inside it.
 * Going back unwinds the kernel's stack from inside the event ({@link Rewind}), restores a checkpoint and replays to
 * the target ({@link TimeTravel}); looking back for the last fault or breakpoint replays the stretches between
 * checkpoints, newest first, without stopping ({@link BackwardScan}). When a forward step is done is
 * {@link ForwardGoal}'s to say.
 */
final class SessionDriver implements EventSink, InstructionWatch {

    /** Carries a command that leaves the current step (going back, ending) out of the kernel's code. */
    private static final class Rewind extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Command command;

        Rewind(Command command) {
            super(null, null, false, false);
            this.command = command;
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
    private final CommandHandshake commands;
    private Kernel kernel;
    private KernelProbe probe;
    private BreakpointTable breakpoints;
    private LimitedRun run;
    private TimeTravel travel;

    // below: the simulation thread's own, read by callers only while it waits for a command
    private Mode mode = Mode.QUIET;
    private ForwardGoal goal = ForwardGoal.NONE;
    /** Where a REPLAY stops. */
    private TimeTravel.ReplayTarget replay;
    /** The stretch a SCAN looks through. */
    private BackwardScan scan;
    /** The position the current slice started at, and the instructions its process had retired before it. */
    private long slicePosition;
    private long sliceBase;

    SessionDriver(SimulationLimits limits, DebugSession.Recorder recorder, Timeline timeline,
            CommandHandshake commands) {
        this.limits = limits;
        this.commands = commands;
        this.recorder = recorder;
        this.timeline = timeline;
    }

    void bind(Kernel k, KernelProbe p, VirtualMemory m) {
        this.kernel = k;
        this.probe = p;
        this.breakpoints = new BreakpointTable(p);
        this.run = new LimitedRun(limits, k);
        this.travel = new TimeTravel(k, p, m, timeline, breakpoints, recorder, run, commands);
        k.watchInstructions(this);
    }

    // --- the callers' side (besides the commands, which they hand over through the handshake) ----------------

    void change(Change c) {
        commands.whileSuspended(published -> {
            if (run.ended()) {
                throw new IllegalArgumentException("the run is over: step back to where the change should be made");
            }
            travel.change(c, published);
            return null;
        });
    }

    /** See {@link TimeTravel#pointBefore}. */
    Command pointBefore(int process) {
        return travel.pointBefore(process);
    }

    Timeline timeline() {
        return timeline;
    }

    BreakpointTable breakpoints() {
        return breakpoints;
    }

    RunResult result() {
        return commands.locked(() -> run.ended() ? run.result() : null);
    }

    /** Kernel steps completed (read while suspended). */
    long steps() {
        return run.steps();
    }

    long startPosition() {
        return travel.startPosition();
    }

    // --- the simulation thread -------------------------------------------------------------------------------

    void simulate() {
        try {
            kernel.start();
            travel.start();
            Command c = commands.await(boundaryStop(StopReason.START, null));
            while (c.kind() != Command.Kind.TERMINATE) {
                try {
                    c = perform(c);
                } catch (Rewind r) {
                    c = r.command;
                }
            }
        } catch (Rewind r) {
            // ended while being built
        } catch (Throwable t) {
            commands.fail(t);
        } finally {
            commands.close();
        }
    }

    private Command perform(Command c) {
        return switch (c.kind()) {
            case FORWARD -> {
                aim(c);
                yield runForward();
            }
            case GO_TO -> replay(c.point() >= 0
                    ? travel.goToPoint(c.position(), c.steps(), c.point(), StopReason.ARRIVED, -1, null)
                    : travel.goTo(c.position(), c.steps(), c.boundary(), StopReason.ARRIVED, -1, null));
            case BACK -> runBack(c.goal() == Command.Goal.FAULT);
            case TERMINATE -> c;
        };
    }

    private void aim(Command c) {
        mode = Mode.FORWARD;
        goal = new ForwardGoal(c, run.steps(), commands.from(), probe);
    }

    /** Replays from the checkpoint just restored to {@code target}. */
    private Command replay(TimeTravel.ReplayTarget target) {
        mode = Mode.REPLAY;
        replay = target;
        return runForward();
    }

    /**
     * Steps the kernel as {@code Simulation.run()} does ({@link LimitedRun}) until a stop inside an event, or the
     * end, hands back a command that is not a forward one.
     */
    private Command runForward() {
        while (true) {
            if (commands.terminateRequested()) {
                return Command.TERMINATE;
            }
            if (run.ended()) {
                if (mode == Mode.SCAN) {
                    throw new BackwardScan.End();
                }
                mode = Mode.FORWARD;
                Command c = commands.await(boundaryStop(StopReason.END, run.result().diagnosis()));
                if (c.kind() != Command.Kind.FORWARD) {
                    return c;
                }
                aim(c);
                continue;
            }
            long position = kernel.events();
            if (mode == Mode.SCAN) {
                scan.checkLimit(position);
            }
            travel.markIfDue(position);
            travel.applyBoundaryEdits(position);
            if (mode == Mode.REPLAY && replay.boundary() && run.steps() == replay.steps()
                    && position == replay.position() || mode == Mode.FORWARD && commands.suspendRequested()) {
                boolean arrived = mode == Mode.REPLAY;
                mode = Mode.FORWARD;
                commands.suspendAnswered();
                Command c = commands.await(boundaryStop(arrived ? replay.reason() : StopReason.SUSPENDED,
                        arrived ? replay.detail() : null));
                if (c.kind() != Command.Kind.FORWARD) {
                    return c;
                }
                aim(c);
            }
            // its wall time counts when it ends going forward (a replay may arrive inside it)
            run.step(() -> mode == Mode.FORWARD);
        }
    }

    /**
     * The last breakpoint hit (or fault, with {@code faults}) before the current stop, looked for stretch by stretch,
     * newest first.
     */
    private Command runBack(boolean faults) {
        Stop now = commands.from();
        long upper = now.boundary() ? now.position() + 1 : now.position();
        List<Timeline.Mark> marks = timeline.marks();
        int i = marks.size() - 1;
        while (i >= 0 && marks.get(i).position() >= upper) {
            i--;
        }
        for (; i >= 0; i--) {
            Timeline.Mark m = marks.get(i);
            travel.restore(m);
            mode = Mode.SCAN;
            scan = new BackwardScan(faults, upper);
            try {
                runForward();
            } catch (BackwardScan.End e) {
                // the stretch is done
            }
            if (scan.found() >= 0) {
                return replay(travel.goTo(scan.found(), -1, false, scan.reason(), scan.breakpoint(), scan.detail()));
            }
            upper = m.position() + 1;
        }
        return replay(travel.goTo(travel.startPosition(), 0, true, StopReason.NOTHING_EARLIER, -1,
                (faults ? "no fault and no breakpoint" : "no breakpoint") + " before that point: back at the start"));
    }

    private Stop boundaryStop(StopReason reason, String detail) {
        return new Stop(reason, kernel.events(), run.steps(), true, kernel.now(), null, -1,
                reason == StopReason.END ? run.termination() : null, detail);
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
        travel.applyEventEdits(position);
        if (commands.terminateRequested()) {
            throw new Rewind(Command.TERMINATE);
        }
        switch (mode) {
            case REPLAY -> {
                if (breakpoints.any() && (type != EventType.TOUCH || breakpoints.watching())) {
                    // hits count as they did the first time through, so hit counts hold after going back
                    breakpoints.match(new Stop.Event(position, cycle, type, process, peer, value, detail), true);
                }
                if (!replay.boundary() && position == replay.position()) {
                    mode = Mode.FORWARD;
                    stopHere(replay.reason(), new Stop.Event(position, cycle, type, process, peer, value, detail),
                            replay.breakpoint(), replay.detail());
                }
            }
            case SCAN -> scan.scan(new Stop.Event(position, cycle, type, process, peer, value, detail), breakpoints);
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
                : commands.suspendRequested() ? StopReason.SUSPENDED
                        : goal.at(type, kernelEvent, process, value, run.steps(), probe);
        if (reason != null) {
            commands.suspendAnswered();
            stopHere(reason, e != null ? e : new Stop.Event(position, cycle, type, process, peer, value, detail),
                    hit == null ? -1 : hit.id(), hit == null ? null : hit.problem());
        }
    }

    /** Stops the kernel inside this event until a command comes; going on forward returns, anything else unwinds. */
    private void stopHere(StopReason reason, Stop.Event e, int breakpoint, String detail) {
        Command c = commands.await(new Stop(reason, e.position(), run.steps(), false, e.cycle(), e, breakpoint, null,
                detail));
        if (c.kind() != Command.Kind.FORWARD) {
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
            case FORWARD -> goal.watches(process) || breakpoints.instructions(process);
            case REPLAY -> replay.point() >= 0 && run.steps() == replay.steps()
                    || breakpoints.instructions(process) || timeline.pointEdits(run.steps());
            case SCAN -> timeline.pointEdits(run.steps());
        };
    }

    @Override
    public void before(int process, int point, int eip) {
        if (mode == Mode.QUIET) {
            return;
        }
        travel.applyPointEdits(point);
        if (commands.terminateRequested()) {
            throw new Rewind(Command.TERMINATE);
        }
        long position = kernel.events();
        Stop.Point here = new Stop.Point(process, point, eip);
        switch (mode) {
            case REPLAY -> {
                if (breakpoints.instructions(process)) {
                    breakpoints.match(BreakpointTable.instructionPoint(position, kernel.now(), process, eip), true);
                }
                if (replay.point() >= 0 && run.steps() == replay.steps() && point == replay.point()) {
                    mode = Mode.FORWARD;
                    stopAt(replay.reason(), here, replay.breakpoint(), replay.detail());
                }
            }
            case FORWARD -> {
                BreakpointTable.Hit hit = breakpoints.instructions(process)
                        ? breakpoints.match(BreakpointTable.instructionPoint(position, kernel.now(), process, eip), true)
                        : null;
                StopReason reason = hit != null ? StopReason.BREAKPOINT
                        : goal.reached(probe, process, point, eip) ? StopReason.STEP_INSTRUCTION : null;
                if (reason != null) {
                    commands.suspendAnswered();
                    stopAt(reason, here, hit == null ? -1 : hit.id(), hit == null ? null : hit.problem());
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void sliceEnded(int process, int points) {
        timeline.slice(run.steps(), slicePosition, process, sliceBase, points);
    }

    /** Stops the kernel at an instruction point until a command comes, as {@link #stopHere} does in an event. */
    private void stopAt(StopReason reason, Stop.Point p, int breakpoint, String detail) {
        Command c = commands.await(new Stop(reason, kernel.events(), run.steps(), false, kernel.now(), null,
                breakpoint, null, detail, p));
        if (c.kind() != Command.Kind.FORWARD) {
            throw new Rewind(c);
        }
        aim(c);
    }
}
