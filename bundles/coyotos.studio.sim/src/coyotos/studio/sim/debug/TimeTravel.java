package coyotos.studio.sim.debug;

import coyotos.studio.sim.kernel.Kernel;
import coyotos.studio.sim.kernel.KernelProbe;

/**
 * Going back in a {@link DebugSession}: checkpoints taken as the run goes, a checkpoint restored (with the step
 * count, the hit counts and the recorded events as they were there), where the replay from it must stop, and the
 * user's changes applied again at the very place they were made on every pass. It exists apart from the
 * {@link SessionDriver} because all of it is about the recorded past ({@link Timeline}), while the driver only runs
 * the kernel forward from whatever state this class set up.
 */
final class TimeTravel {

    /**
     * Where a replay stops: at event {@code position} (-1: at an instruction point), at the boundary before it when
     * {@code boundary}, or at instruction point {@code point} (-1: none) of step {@code steps}; and the stop it makes
     * there.
     */
    record ReplayTarget(long position, long steps, boolean boundary, int point, StopReason reason, int breakpoint,
            String detail) {
    }

    private final Kernel kernel;
    private final KernelProbe probe;
    private final VirtualMemory memory;
    private final Timeline timeline;
    private final BreakpointTable breakpoints;
    private final DebugSession.Recorder recorder;
    private final LimitedRun run;
    private final CommandHandshake commands;
    private long startPosition;
    /** Steps at which the changes made at a boundary were last applied, so a boundary applies them once. */
    private long boundaryEditsDone = -1;

    TimeTravel(Kernel kernel, KernelProbe probe, VirtualMemory memory, Timeline timeline, BreakpointTable breakpoints,
            DebugSession.Recorder recorder, LimitedRun run, CommandHandshake commands) {
        this.kernel = kernel;
        this.probe = probe;
        this.memory = memory;
        this.timeline = timeline;
        this.breakpoints = breakpoints;
        this.recorder = recorder;
        this.run = run;
        this.commands = commands;
    }

    /** The system is built: its start is the first checkpoint and the earliest place to go back to. */
    void start() {
        startPosition = kernel.events();
        timeline.add(mark());
    }

    long startPosition() {
        return startPosition;
    }

    /** Takes a checkpoint at the boundary before event {@code position} when the timeline wants one there. */
    void markIfDue(long position) {
        if (timeline.due(position, run.steps())) {
            timeline.add(mark());
        }
    }

    /** Restores the checkpoint to replay from to event {@code position}; returns where the replay stops. */
    ReplayTarget goTo(long position, long targetSteps, boolean boundary, StopReason reason, int breakpoint,
            String detail) {
        if (!boundary && position <= startPosition) {
            return goTo(startPosition, 0, true, reason, breakpoint, detail);
        }
        restore(boundary ? timeline.atOrBefore(position, targetSteps) : timeline.atOrBefore(position - 1));
        return new ReplayTarget(position, targetSteps, boundary, -1, reason, breakpoint, detail);
    }

    /** Restores the checkpoint to replay from to instruction point {@code point} of step {@code targetSteps}, a step
     * that began at or after position; returns where the replay stops. */
    ReplayTarget goToPoint(long position, long targetSteps, int point, StopReason reason, int breakpoint,
            String detail) {
        restore(timeline.atOrBefore(position, targetSteps));
        return new ReplayTarget(-1, targetSteps, false, point, reason, breakpoint, detail);
    }

    /**
     * Where stepping {@code process} back one instruction goes: from its own instruction point, the first point
     * that followed one instruction fewer (where stepping forward would have stopped); from any other stop, the
     * first point at the instructions it has retired, or else one fewer. Null when it ran no instruction before.
     */
    Command pointBefore(int process) {
        Stop now = commands.suspendedStop();
        Stop.Point p = now.point();
        boolean own = p != null && p.process() == process;
        long retired = probe.retired(process) + (own ? p.index() : 0);
        // the slices that ended up to this stop are recorded; the one going on at a point is not
        long before = p != null ? now.steps() : now.steps() + 1;
        for (long count = own ? retired - 1 : retired; count >= retired - 1 && count >= 0; count--) {
            long c = count;
            long[] at = commands.locked(() -> timeline.firstPointAt(process, c, before));
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

    /** Puts the system back as it was at checkpoint {@code m}, forgetting what was recorded after it. */
    void restore(Timeline.Mark m) {
        m.checkpoint().restore();
        kernel.dropDecodedCode();
        run.restore(m.steps());
        boundaryEditsDone = -1;
        breakpoints.restoreHits(m.hits());
        recorder.rewind(m.position());
        timeline.truncateEvents(m.position());
        timeline.truncateSlices(m.steps());
    }

    /** Applies, once per boundary, the changes made at the boundary before event {@code position} of this step. */
    void applyBoundaryEdits(long position) {
        long steps = run.steps();
        if (boundaryEditsDone != steps) {
            for (Timeline.Edit e : timeline.editsAt(position, true)) {
                if (e.steps() == steps) {
                    e.change().apply(probe, memory);
                }
            }
            boundaryEditsDone = steps;
        }
    }

    /** Applies the changes made inside event {@code position}. */
    void applyEventEdits(long position) {
        for (Timeline.Edit e : timeline.editsAt(position, false)) {
            e.change().apply(probe, memory);
        }
    }

    /** Applies the changes made at instruction point {@code point} of this step. */
    void applyPointEdits(int point) {
        for (Timeline.Edit e : timeline.editsAtPoint(run.steps(), point)) {
            e.change().apply(probe, memory);
        }
    }

    /** Makes change {@code c} at stop {@code at}, and records it to be made again there on every pass. */
    void change(Change c, Stop at) {
        c.apply(probe, memory);
        Stop.Point point = at.point();
        timeline.edit(new Timeline.Edit(kernel.events(), run.steps(), at.boundary(), point == null ? -1 : point.index(),
                c));
        if (at.boundary()) {
            boundaryEditsDone = run.steps();
        }
    }

    private Timeline.Mark mark() {
        return new Timeline.Mark(kernel.events(), run.steps(), Checkpoint.capture(kernel, last()),
                Timeline.copy(breakpoints.hits()));
    }

    private Checkpoint last() {
        Timeline.Mark m = timeline.atOrBefore(kernel.events());
        return m == null ? null : m.checkpoint();
    }
}
