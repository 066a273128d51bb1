package coyotos.studio.runs;

import coyotos.studio.sim.result.FaultCounts;

/**
 * The fault totals a run keeps ({@link FaultCounts}), by name: {@link #key()} is the key in run records and
 * in the simulator's JSON report, {@link #label()} what the views print.
 */
public enum FaultKind {
    /** Every fault a translation produced. */
    RAISED("raised", "Raised"),
    /** Handed to some handler. */
    DELIVERED("delivered", "Delivered"),
    /** The faulting process ran again. */
    RESOLVED("resolved", "Resolved"),
    /** The process halted with the fault recorded. */
    FATAL("fatal", "Fatal"),
    /** Activation faults passed on to the process handler. */
    ESCALATED("escalated", "Escalated");

    private final String key;
    private final String label;

    FaultKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** This kind's total in the simulator's counts. */
    public long count(FaultCounts counts) {
        return switch (this) {
            case RAISED -> counts.raised();
            case DELIVERED -> counts.delivered();
            case RESOLVED -> counts.resolved();
            case FATAL -> counts.fatal();
            case ESCALATED -> counts.escalated();
        };
    }
}
