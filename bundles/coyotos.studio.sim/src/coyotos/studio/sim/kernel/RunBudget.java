package coyotos.studio.sim.kernel;

import coyotos.studio.sim.result.Termination;
import java.util.function.BooleanSupplier;

/**
 * What one run may spend, checked wherever the kernel spends: once per step of the run loop and once per memory
 * reference inside a step that makes many of them (a server's per-message touches, an activation handler's code
 * and stack). Every step and every such reference counts as one unit of work, whether or not it emits an event,
 * so loops whose body emits nothing end too. The wall clock and the cancel flag are read every
 * {@code pollEvery} units, so checking stays cheap.
 *
 * <p>When a limit is reached, {@link #spend} throws {@link Exhausted}, which the run loop catches: the step that
 * was going on is abandoned where it stood, which is what a limit means.
 */
public final class RunBudget {
    /** No limits at all: for kernels driven step by step by tests. */
    public static final RunBudget UNLIMITED = new RunBudget(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE,
            Long.MAX_VALUE, 1 << 30, () -> false);

    private final long maxCycles;
    private final long maxEvents;
    private final long maxWork;
    private final long deadline;
    private final long pollMask;
    private final BooleanSupplier cancel;
    private long work;

    /**
     * @param maxWallNanos wall-clock time from now on; {@code Long.MAX_VALUE} for none
     * @param pollEvery    a power of two: units of work between reads of the clock and the cancel flag
     */
    public RunBudget(long maxCycles, long maxEvents, long maxWork, long maxWallNanos, int pollEvery,
            BooleanSupplier cancel) {
        if (pollEvery <= 0 || Integer.bitCount(pollEvery) != 1) {
            throw new IllegalArgumentException("pollEvery must be a power of two");
        }
        this.maxCycles = maxCycles;
        this.maxEvents = maxEvents;
        this.maxWork = maxWork;
        long now = System.nanoTime();
        this.deadline = maxWallNanos >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + maxWallNanos;
        this.pollMask = pollEvery - 1;
        this.cancel = cancel;
    }

    /** Units of work spent so far. */
    public long work() {
        return work;
    }

    /** One unit of work by the kernel at simulated time {@code cycles} with {@code events} emitted so far. */
    void spend(long cycles, long events) {
        long w = ++work;
        if (cycles >= maxCycles) {
            throw new Exhausted(Termination.CYCLE_LIMIT);
        }
        if (events >= maxEvents) {
            throw new Exhausted(Termination.EVENT_LIMIT);
        }
        if (w >= maxWork) {
            throw new Exhausted(Termination.STEP_LIMIT);
        }
        if ((w & pollMask) == 0) {
            if (cancel.getAsBoolean()) {
                throw new Exhausted(Termination.CANCELLED);
            }
            if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline >= 0) {
                throw new Exhausted(Termination.TIME_LIMIT);
            }
        }
    }

    /** A limit was reached (or the run was cancelled) in the middle of the kernel's work. */
    public static final class Exhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Termination termination;

        Exhausted(Termination termination) {
            super(termination.name(), null, false, false);
            this.termination = termination;
        }

        public Termination termination() {
            return termination;
        }
    }
}
