package coyotos.studio.sim.model;

import coyotos.studio.model.SimulationSetup;
import coyotos.studio.sim.machine.CostProfile;
import coyotos.studio.sim.machine.CpuProfiles;

/**
 * The cost profile a model's simulation setup runs with, for showing its constants and their sources (the
 * setup's Properties): the model's custom profile over its base, else the built-in it names.
 */
public final class SetupProfile {
    private SetupProfile() {
    }

    /** The profile, or null when the setup names an unknown profile and defines none. */
    public static CostProfile of(SimulationSetup setup) {
        if (setup == null) {
            return CpuProfiles.builtin(ProfileTranslator.BASE_DEFAULT);
        }
        Problems problems = new Problems();
        ProfileTranslator t = new ProfileTranslator(problems);
        String name = t.translate(setup).profile();
        if (t.custom() != null) {
            return t.custom();
        }
        boolean unknown = problems.all().stream().anyMatch(p -> p.isError() && p.message().contains("CPU profile"));
        return unknown ? null : CpuProfiles.builtin(name);
    }
}
