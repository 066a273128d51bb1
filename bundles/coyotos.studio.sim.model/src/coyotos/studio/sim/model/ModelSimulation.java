package coyotos.studio.sim.model;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.CpuProfile;
import coyotos.studio.model.io.ModelLoader;
import coyotos.studio.sim.image.KernelVariant;
import coyotos.studio.sim.image.Setup;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.machine.CostProfile;
import coyotos.studio.sim.machine.CpuProfiles;
import coyotos.studio.sim.model.TranslationProblem.Severity;
import coyotos.studio.sim.result.EventSink;
import coyotos.studio.sim.run.Simulation;
import coyotos.studio.sim.run.SimulationLimits;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Model → simulation result: the one run path of the CLI and the IDE's launch. Both {@link #translate} with the
 * caller's {@link SimulationOverrides} (which checks the profile against the built-ins and the model's own, and
 * the limits), show the problems, and run {@link #simulation(Translation, SimulationOverrides)}. Loading and
 * translation problems come back as data; nothing here throws on bad input. Validation is the caller's
 * decision (the CLI refuses to run an invalid model unless forced, the IDE asks), so it is not repeated here.
 */
public final class ModelSimulation {

    private ModelSimulation() {
    }

    /** Loads, translates, applies {@code overrides} and runs; {@code sink} and {@code cancel} may be null. */
    public static ModelRun run(File file, SimulationOverrides overrides, EventSink sink, BooleanSupplier cancel) {
        ModelLoader.Result loaded = new ModelLoader().load(file);
        if (loaded.hasErrors() || loaded.system() == null) {
            return new ModelRun(null, loaded.diagnostics(), List.of());
        }
        ModelRun run = run(loaded.system(), overrides, sink, cancel);
        return new ModelRun(run.result(), loaded.diagnostics(), run.problems());
    }

    public static ModelRun run(CoyotosSystem system, SimulationOverrides overrides, EventSink sink, BooleanSupplier cancel) {
        Translation t = translate(system, overrides);
        if (t.hasErrors()) {
            return new ModelRun(null, List.of(), t.problems());
        }
        return new ModelRun(simulation(t, overrides).sink(sink).cancel(cancel).run(), List.of(), t.problems());
    }

    /**
     * Translation with the overrides applied to its setup. An unknown profile name (neither built in nor the
     * model's own) and limits that are not positive are error problems.
     */
    public static Translation translate(CoyotosSystem system, SimulationOverrides overrides) {
        Translation t = new SystemTranslator().translate(system);
        if (t.image() == null || overrides == null) {
            return t;
        }
        List<TranslationProblem> problems = new ArrayList<>(t.problems());
        Setup s = t.image().setup();
        CostProfile custom = t.customProfile();
        if (overrides.profile() != null) {
            String p = overrides.profile();
            if (custom != null && custom.name().equals(p)) {
                s = s.withProfile(p);
            } else if (CpuProfiles.withBuiltins().contains(p)) {
                // An alias (p4-2007, the name saved launch configurations use) runs the profile it stands for.
                s = s.withProfile(CpuProfiles.withBuiltins().canonical(p));
                custom = null;
            } else {
                problems.add(new TranslationProblem(Severity.ERROR, null, null,
                        "unknown CPU profile '" + p + "'; known: " + String.join(", ", knownProfiles(t))
                                + " (alias " + CpuProfiles.P4_2007_ALIAS + " = pentium4)"));
            }
        }
        if (overrides.seed() != null) {
            s = s.withSeed(overrides.seed());
        }
        if (overrides.kernel() != null) {
            try {
                s = s.withKernel(KernelVariant.of(overrides.kernel()));
            } catch (IllegalArgumentException e) {
                problems.add(new TranslationProblem(Severity.ERROR, null, null, e.getMessage()));
            }
        }
        if (overrides.maxCycles() != null || overrides.maxEvents() != null) {
            long c = overrides.maxCycles() != null ? overrides.maxCycles() : s.maxCycles();
            long e = overrides.maxEvents() != null ? overrides.maxEvents() : s.maxEvents();
            if (c <= 0 || e <= 0) {
                problems.add(new TranslationProblem(Severity.ERROR, null, null, "limits must be positive"));
            } else {
                s = s.withLimits(c, e);
            }
        }
        if (overrides.maxSeconds() != null && overrides.maxSeconds() <= 0) {
            problems.add(new TranslationProblem(Severity.ERROR, null, null, "the wall-time limit must be positive"));
        }
        if (overrides.maxInstructions() != null && overrides.maxInstructions() <= 0) {
            problems.add(new TranslationProblem(Severity.ERROR, null, null, "the instruction limit must be positive"));
        }
        SystemImage image = t.image().withSetup(s);
        return new Translation(image, custom, problems);
    }

    /** Built-in profile names plus the model's own profile, if any. */
    public static List<String> knownProfiles(Translation t) {
        List<String> names = new ArrayList<>(CpuProfiles.withBuiltins().names());
        if (t != null && t.customProfile() != null) {
            names.add(t.customProfile().name());
        }
        return names;
    }

    /**
     * The profile names a run of {@code system} may choose, read without translating the system: the built-ins,
     * then the model's own profile (what a launch configuration offers, and what {@link #translate} accepts).
     */
    public static List<String> profileNames(CoyotosSystem system) {
        List<String> names = new ArrayList<>(CpuProfiles.withBuiltins().names());
        CpuProfile own = system == null || system.getSimulation() == null ? null
                : system.getSimulation().getCustomProfile();
        if (own != null) {
            String name = ProfileTranslator.nameOf(own);
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** A configured simulation of a translation: the custom profile wins when the setup names it. */
    public static Simulation simulation(Translation t) {
        return simulation(t, null);
    }

    /** As {@link #simulation(Translation)}, bounded by the overrides' wall-clock limit when they set one. */
    public static Simulation simulation(Translation t, SimulationOverrides overrides) {
        Simulation sim = Simulation.of(t.image());
        CostProfile custom = t.customProfile();
        if (custom != null && custom.name().equals(t.image().setup().profile())) {
            sim.profile(custom);
        }
        SimulationLimits limits = SimulationLimits.of(t.image().setup());
        if (overrides != null && overrides.maxSeconds() != null && overrides.maxSeconds() > 0) {
            long s = overrides.maxSeconds();
            limits = limits.withWallNanos(s > Long.MAX_VALUE / 1_000_000_000L ? Long.MAX_VALUE : s * 1_000_000_000L);
        }
        if (overrides != null && overrides.maxInstructions() != null && overrides.maxInstructions() > 0) {
            limits = limits.withMaxInstructions(overrides.maxInstructions());
        }
        return sim.limits(limits);
    }
}
