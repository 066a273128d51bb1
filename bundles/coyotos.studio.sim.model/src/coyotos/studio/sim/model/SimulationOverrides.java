package coyotos.studio.sim.model;

/**
 * What a caller (CLI option, launch configuration) changes over the model's simulation setup; null = keep
 * the model's value. {@code kernel} is a kernel variant id ({@code coyotos-2007}, {@code eros-design}).
 */
public record SimulationOverrides(String profile, Long seed, Long maxCycles, Long maxEvents, String kernel) {
    public static final SimulationOverrides NONE = new SimulationOverrides(null, null, null, null, null);

    public SimulationOverrides(String profile, Long seed, Long maxCycles, Long maxEvents) {
        this(profile, seed, maxCycles, maxEvents, null);
    }

    public SimulationOverrides withProfile(String p) {
        return new SimulationOverrides(p, seed, maxCycles, maxEvents, kernel);
    }

    public SimulationOverrides withSeed(Long s) {
        return new SimulationOverrides(profile, s, maxCycles, maxEvents, kernel);
    }

    public SimulationOverrides withLimits(Long cycles, Long events) {
        return new SimulationOverrides(profile, seed, cycles, events, kernel);
    }

    public SimulationOverrides withKernel(String k) {
        return new SimulationOverrides(profile, seed, maxCycles, maxEvents, k);
    }
}
