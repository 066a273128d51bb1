package coyotos.studio.diagram.graph;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.Capability;
import coyotos.studio.model.edit.CapabilityLabels;

/** How capabilities read on an edge, and which object they designate: as in the tree (CapabilityLabels). */
public final class CapabilityText {

    /** The object a capability designates, or null for a null or dangling capability. */
    public static EObject target(Capability cap) {
        return CapabilityLabels.target(cap);
    }

    /** Guard and restrictions, as the GPT walk uses them (spec 0.6, 4.3.1): {@code guard 0x0/12 · RO · NX}. */
    public static String guard(Capability cap) {
        return CapabilityLabels.guard(cap);
    }

    private CapabilityText() {
    }
}
