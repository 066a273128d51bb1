package coyotos.studio.sim.run;

import coyotos.studio.sim.image.Setup;

/**
 * Bounds of one run. The cancel flag is polled every {@code cancelCheckSteps} steps: at ≥10 M steps/s the
 * default 4096 means a poll every ~0.4 ms, well inside the 100 ms cancellation budget.
 */
public record SimulationLimits(long maxCycles, long maxEvents, int cancelCheckSteps) {
    public static final int DEFAULT_CANCEL_CHECK = 4096;

    public SimulationLimits {
        if (maxCycles <= 0 || maxEvents <= 0 || cancelCheckSteps <= 0 || Integer.bitCount(cancelCheckSteps) != 1) {
            throw new IllegalArgumentException("limits must be positive; cancelCheckSteps a power of two");
        }
    }

    public static SimulationLimits of(Setup s) {
        return new SimulationLimits(s.maxCycles(), s.maxEvents(), DEFAULT_CANCEL_CHECK);
    }
}
