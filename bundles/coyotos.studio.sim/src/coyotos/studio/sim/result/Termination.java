package coyotos.studio.sim.result;

/** Why a run ended. */
public enum Termination {
    /** Every workload process finished or halted. */
    COMPLETED,
    /** Nothing can run, yet some process waits (a refused fault, a handler that never receives...). */
    STALLED,
    CYCLE_LIMIT,
    EVENT_LIMIT,
    CANCELLED
}
