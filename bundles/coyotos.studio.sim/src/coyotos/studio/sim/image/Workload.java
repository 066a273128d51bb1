package coyotos.studio.sim.image;

import java.util.List;

/** A process's program: a list of steps run once from the initial PC. */
public record Workload(List<Step> steps) {
    public static final Workload NONE = new Workload(List.of());

    public Workload {
        steps = List.copyOf(steps);
    }

    public static Workload of(Step... steps) {
        return new Workload(List.of(steps));
    }
}
