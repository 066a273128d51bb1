package coyotos.studio.sim.debug;

import coyotos.studio.sim.result.EventType;

/**
 * The look through one stretch between checkpoints for the last breakpoint hit (or fault) before a limit, made when
 * a {@link DebugSession} runs back to the last breakpoint or fault: the stretch is replayed without stopping and the
 * newest match is remembered. It exists apart from the {@link SessionDriver} because matching without counting hits
 * and keeping the last match is a different rule from stopping at the first one.
 */
final class BackwardScan {

    /** The stretch being looked through is done. */
    static final class End extends RuntimeException {
        private static final long serialVersionUID = 1L;

        End() {
            super(null, null, false, false);
        }
    }

    private final boolean faults;
    private final long limit;
    private long found = -1;
    private StopReason reason;
    private int breakpoint;
    private String detail;

    /** Looks for breakpoint hits (and faults, with {@code faults}) at events before position {@code limit}. */
    BackwardScan(boolean faults, long limit) {
        this.faults = faults;
        this.limit = limit;
    }

    /** Throws {@link End} at or past the limit. */
    void checkLimit(long position) {
        if (position >= limit) {
            throw new End();
        }
    }

    /** Looks at event {@code e}; throws {@link End} at the limit. */
    void scan(Stop.Event e, BreakpointTable breakpoints) {
        checkLimit(e.position());
        BreakpointTable.Hit hit = breakpoints.any() ? breakpoints.match(e, false) : null;
        if (hit != null) {
            found = e.position();
            reason = StopReason.BREAKPOINT;
            breakpoint = hit.id();
            detail = hit.problem();
        } else if (faults && e.type() == EventType.FAULT_RAISED) {
            found = e.position();
            reason = StopReason.FAULT;
            breakpoint = -1;
            detail = null;
        }
    }

    /** The position of the last match (-1: none). */
    long found() {
        return found;
    }

    StopReason reason() {
        return reason;
    }

    int breakpoint() {
        return breakpoint;
    }

    String detail() {
        return detail;
    }
}
