package coyotos.studio.sim.result;

/**
 * How a run ended. Only {@link #COMPLETED} means every process finished its work normally; every other value
 * names what ended the run, and the result's diagnosis says which processes were involved. New values go last:
 * saved event logs record the ordinal of a LIMIT event's termination.
 */
public enum Termination {
    /** Every workload process ran to its end; servers wait for the next message, as servers do. */
    COMPLETED,
    /** Nothing can run, yet some process waits forever (a fault its handler never receives, a send nobody takes). */
    STALLED,
    /** The run reached its limit of simulated cycles. */
    CYCLE_LIMIT,
    /** The run reached its limit of events. */
    EVENT_LIMIT,
    /** Someone cancelled the run (the IDE's job, a caller's flag). */
    CANCELLED,
    /** The run reached its limit of steps (loop iterations and memory references, events or not). */
    STEP_LIMIT,
    /** The run reached its limit of wall-clock time. */
    TIME_LIMIT,
    /** Nothing is left to run, and some processes halted on a fault nobody resolved (spec §3.3: no handler, or refused). */
    HALTED;

    /** A limit or a cancellation stopped the run while processes could still run. */
    public boolean stoppedEarly() {
        return this == CYCLE_LIMIT || this == EVENT_LIMIT || this == CANCELLED || this == STEP_LIMIT || this == TIME_LIMIT;
    }

    /** A short phrase for reports: "completed", "stopped at the cycle limit", ... */
    public String phrase() {
        return switch (this) {
            case COMPLETED -> "completed: every process finished normally";
            case STALLED -> "stalled: processes wait forever";
            case CYCLE_LIMIT -> "stopped at the cycle limit";
            case EVENT_LIMIT -> "stopped at the event limit";
            case CANCELLED -> "cancelled";
            case STEP_LIMIT -> "stopped at the step limit";
            case TIME_LIMIT -> "stopped at the wall-time limit";
            case HALTED -> "ended with halted processes";
        };
    }
}
