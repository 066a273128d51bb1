package coyotos.studio.sim.debug;

import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.Termination;

/**
 * Where a {@link DebugSession} stopped. {@code position} counts the events emitted so far (the stop follows the
 * event at that position), {@code steps} the kernel steps completed; a stop at a step {@code boundary} (the start,
 * the end) follows no event of its own. {@code event} is the event stopped at (null at a boundary),
 * {@code breakpoint} the id of the breakpoint that matched (or -1), {@code termination} how the run ended (END
 * only), {@code detail} a sentence for the user: a breakpoint condition that could not be evaluated, say.
 */
public record Stop(StopReason reason, long position, long steps, boolean boundary, long cycle, Event event,
        int breakpoint, Termination termination, String detail) {

    /** One event as the kernel emitted it: the fields of {@code EventSink#onEvent} and its position. */
    public record Event(long position, long cycle, EventType type, int process, int peer, long value, long detail) {
    }

    /** The process the stop concerns: the event's, or -1 at a boundary. */
    public int process() {
        return event == null ? -1 : event.process();
    }
}
