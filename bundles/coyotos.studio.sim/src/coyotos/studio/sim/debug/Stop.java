package coyotos.studio.sim.debug;

import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.Termination;

/**
 * Where a {@link DebugSession} stopped. {@code position} counts the events emitted so far (the stop follows the
 * event at that position), {@code steps} the kernel steps completed; a stop at a step {@code boundary} (the start,
 * the end) follows no event of its own. {@code event} is the event stopped at (null at a boundary and at an
 * instruction point), {@code breakpoint} the id of the breakpoint that matched (or -1), {@code termination} how
 * the run ended (END only), {@code detail} a sentence for the user: a breakpoint condition that could not be
 * evaluated, say. {@code point} is the instruction point stopped at, for a stop between two instructions of a
 * program (null otherwise).
 */
public record Stop(StopReason reason, long position, long steps, boolean boundary, long cycle, Event event,
        int breakpoint, Termination termination, String detail, Point point) {

    /** A stop that is not at an instruction point. */
    public Stop(StopReason reason, long position, long steps, boolean boundary, long cycle, Event event,
            int breakpoint, Termination termination, String detail) {
        this(reason, position, steps, boundary, cycle, event, breakpoint, termination, detail, null);
    }

    /** One event as the kernel emitted it: the fields of {@code EventSink#onEvent} and its position. */
    public record Event(long position, long cycle, EventType type, int process, int peer, long value, long detail) {
    }

    /**
     * An instruction point: {@code process} is about to run the instruction at {@code eip}, the {@code index}-th
     * of the slice the kernel's step {@code steps} runs (0 first). The cycle of such a stop is the slice's start:
     * a slice's instructions are charged at its end.
     */
    public record Point(int process, int index, int eip) {
    }

    /** The process the stop concerns: the event's or the instruction point's, or -1 at a boundary. */
    public int process() {
        return event != null ? event.process() : point != null ? point.process() : -1;
    }
}
