package coyotos.studio.sim.image;

import java.util.Objects;

/** Run setup: CPU profile name, kernel variant, bounds, random seed and scheduler quantum. */
public record Setup(String profile, long maxCycles, long maxEvents, long seed, long quantumCycles, KernelVariant kernel) {
    public static final Setup DEFAULT = new Setup("pentium4", 10_000_000_000L, 100_000_000L, 1L, 1_000_000L,
            KernelVariant.DEFAULT);

    public Setup {
        Objects.requireNonNull(profile);
        kernel = kernel == null ? KernelVariant.DEFAULT : kernel;
        if (maxCycles <= 0 || maxEvents <= 0 || quantumCycles <= 0) {
            throw new IllegalArgumentException("limits and quantum must be positive");
        }
    }

    /** The default kernel variant ({@link KernelVariant#COYOTOS_2007}). */
    public Setup(String profile, long maxCycles, long maxEvents, long seed, long quantumCycles) {
        this(profile, maxCycles, maxEvents, seed, quantumCycles, KernelVariant.DEFAULT);
    }

    public Setup withProfile(String p) {
        return new Setup(p, maxCycles, maxEvents, seed, quantumCycles, kernel);
    }

    public Setup withSeed(long s) {
        return new Setup(profile, maxCycles, maxEvents, s, quantumCycles, kernel);
    }

    public Setup withLimits(long cycles, long events) {
        return new Setup(profile, cycles, events, seed, quantumCycles, kernel);
    }

    public Setup withKernel(KernelVariant k) {
        return new Setup(profile, maxCycles, maxEvents, seed, quantumCycles, k);
    }
}
