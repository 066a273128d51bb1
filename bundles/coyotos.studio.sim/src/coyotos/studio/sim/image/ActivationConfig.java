package coyotos.studio.sim.image;

import java.util.List;
import java.util.Objects;

/**
 * An in-process activation handler (the design discussed in earlier spec drafts, §3.3): faults on
 * addresses in {@code responsibleFor} are delivered as an upcall to {@code code} running on {@code stack},
 * inside the faulting process's own address space. Faults on the handler's own code or stack, or outside
 * its regions, go to the process handler instead.
 */
public record ActivationConfig(Region code, Region stack, List<Region> responsibleFor, long computeCycles,
        FaultAction action) {
    public ActivationConfig {
        Objects.requireNonNull(code);
        Objects.requireNonNull(stack);
        responsibleFor = List.copyOf(responsibleFor);
        Objects.requireNonNull(action);
        if (action.kind() == FaultAction.Kind.FORWARD) {
            throw new IllegalArgumentException("an activation handler escalates, it does not forward");
        }
    }

    public boolean responsibleFor(long va) {
        if (code.contains(va) || stack.contains(va)) {
            return false;
        }
        for (Region r : responsibleFor) {
            if (r.contains(va)) {
                return true;
            }
        }
        return false;
    }
}
