package coyotos.studio.diagram.internal.graph;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.edit.CapabilityLabels;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.KernelObject;
import coyotos.studio.model.Slot;

/** The objects some GPT or capability-page slot designates: they sit inside a tree, not at its top. */
final class SlotTargets {

    static Set<EObject> of(CoyotosSystem system) {
        Set<EObject> targets = new HashSet<>();
        for (KernelObject object : system.getObjects()) {
            for (Slot slot : AddressSpaceContent.slotsOf(object)) {
                EObject target = CapabilityLabels.target(slot.getCap());
                if (target != null) {
                    targets.add(target);
                }
            }
        }
        return targets;
    }

    private SlotTargets() {
    }
}
