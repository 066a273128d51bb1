package coyotos.studio.sim.run;

import coyotos.studio.sim.image.Setup;

/**
 * Bounds of one run: simulated cycles, events, steps (every step of the run loop and every memory reference
 * inside a long step counts, events or not: loops whose body emits nothing end too) and wall-clock time. The
 * cancel flag and the clock are polled every {@code cancelCheckSteps} steps: at ≥10 M steps/s the default 4096
 * means a poll every ~0.4 ms, well inside the 100 ms cancellation budget.
 */
public record SimulationLimits(long maxCycles, long maxEvents, long maxSteps, long maxWallNanos, int cancelCheckSteps) {
    public static final int DEFAULT_CANCEL_CHECK = 4096;
    /**
     * Steps allowed per event allowed. A step emits an event unless it is loop bookkeeping or an empty touch, and
     * nested loops add one bookkeeping step per level, so four steps per event leave room for honest workloads
     * while a loop that spins without emitting anything still ends.
     */
    public static final long STEPS_PER_EVENT = 4;
    /** Wall-clock bound of a run unless the caller sets one: long enough for any run the other limits allow. */
    public static final long DEFAULT_WALL_NANOS = 600L * 1_000_000_000L;

    public SimulationLimits {
        if (maxCycles <= 0 || maxEvents <= 0 || maxSteps <= 0 || maxWallNanos <= 0 || cancelCheckSteps <= 0
                || Integer.bitCount(cancelCheckSteps) != 1) {
            throw new IllegalArgumentException("limits must be positive; cancelCheckSteps a power of two");
        }
    }

    /** The earlier form: steps from the event limit, the default wall-clock bound. */
    public SimulationLimits(long maxCycles, long maxEvents, int cancelCheckSteps) {
        this(maxCycles, maxEvents, stepsFor(maxEvents), DEFAULT_WALL_NANOS, cancelCheckSteps);
    }

    public static SimulationLimits of(Setup s) {
        return new SimulationLimits(s.maxCycles(), s.maxEvents(), DEFAULT_CANCEL_CHECK);
    }

    /** The same limits with another wall-clock bound. */
    public SimulationLimits withWallNanos(long nanos) {
        return new SimulationLimits(maxCycles, maxEvents, maxSteps, nanos, cancelCheckSteps);
    }

    /** {@link #STEPS_PER_EVENT} steps per event, saturating. */
    public static long stepsFor(long maxEvents) {
        return maxEvents > Long.MAX_VALUE / STEPS_PER_EVENT ? Long.MAX_VALUE : maxEvents * STEPS_PER_EVENT;
    }
}
