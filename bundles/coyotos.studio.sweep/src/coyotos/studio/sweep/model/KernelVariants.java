package coyotos.studio.sweep.model;

import coyotos.studio.sim.model.SimulationOverrides;
import coyotos.studio.sweep.SweepException;
import java.util.List;

/**
 * The kernel axis and {@code --kernel}. The simulator of this build simulates one kernel and has no variants
 * to choose from, so any kernel value is refused with that reason rather than silently ignored.
 */
public final class KernelVariants {

    private KernelVariants() {
    }

    /** The kernel variants a sweep can choose from; none in this build. */
    public static java.util.List<String> ids() {
        return java.util.List.of();
    }

    static void check(String where, List<String> values) throws SweepException {
        throw new SweepException(where + " " + String.join(",", values) + ": this build's simulator has no kernel "
                + "variants to choose from yet (coyotos-2007 and eros-design come with the fidelity work); leave the "
                + "kernel out.");
    }

    static SimulationOverrides apply(SimulationOverrides o, String kernel) {
        return o;
    }
}
