package coyotos.studio.sim.model;

/**
 * What a caller (CLI option, launch configuration) changes over the model's simulation setup; null = keep
 * the model's value.
 */
public record SimulationOverrides(String profile, Long seed, Long maxCycles, Long maxEvents) {
    public static final SimulationOverrides NONE = new SimulationOverrides(null, null, null, null);

    public SimulationOverrides withProfile(String p) {
        return new SimulationOverrides(p, seed, maxCycles, maxEvents);
    }

    public SimulationOverrides withSeed(Long s) {
        return new SimulationOverrides(profile, s, maxCycles, maxEvents);
    }

    public SimulationOverrides withLimits(Long cycles, Long events) {
        return new SimulationOverrides(profile, seed, cycles, events);
    }
}
