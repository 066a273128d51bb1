package coyotos.studio.sim.image;

import java.util.Objects;

/** Run setup: CPU profile name, bounds, random seed and scheduler quantum. */
public record Setup(String profile, long maxCycles, long maxEvents, long seed, long quantumCycles) {
    public static final Setup DEFAULT = new Setup("p4-2007", 10_000_000_000L, 100_000_000L, 1L, 1_000_000L);

    public Setup {
        Objects.requireNonNull(profile);
        if (maxCycles <= 0 || maxEvents <= 0 || quantumCycles <= 0) {
            throw new IllegalArgumentException("limits and quantum must be positive");
        }
    }

    public Setup withProfile(String p) {
        return new Setup(p, maxCycles, maxEvents, seed, quantumCycles);
    }

    public Setup withSeed(long s) {
        return new Setup(profile, maxCycles, maxEvents, s, quantumCycles);
    }

    public Setup withLimits(long cycles, long events) {
        return new Setup(profile, cycles, events, seed, quantumCycles);
    }
}
