package coyotos.studio.sweep.model;

import coyotos.studio.sim.image.KernelVariant;
import java.util.Arrays;
import java.util.List;

/** The kernel variants a sweep can vary over: the simulator's ({@link KernelVariant}), by the ids users type. */
public final class KernelVariants {

    private KernelVariants() {
    }

    public static List<String> ids() {
        return Arrays.stream(KernelVariant.values()).map(KernelVariant::id).toList();
    }
}
