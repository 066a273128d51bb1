package coyotos.studio.diagram.graph;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import coyotos.studio.model.Capability;
import coyotos.studio.model.MemoryCapability;

/** How capabilities read on an edge, and which object they designate. */
public final class CapabilityText {

    /** The object a capability designates, or null for a null or dangling capability. */
    public static EObject target(Capability cap) {
        if (cap == null) {
            return null;
        }
        EStructuralFeature target = cap.eClass().getEStructuralFeature("target");
        return target == null ? null : (EObject) cap.eGet(target);
    }

    /** Guard and restrictions, as the GPT walk uses them (spec 0.6, 4.3.1): {@code guard 0x0/12 · RO · NX}. */
    public static String guard(Capability cap) {
        if (!(cap instanceof MemoryCapability memory)) {
            return "";
        }
        StringBuilder text = new StringBuilder("guard 0x").append(Long.toHexString(memory.getMatch()))
                .append('/').append(memory.getL2g());
        if (memory.isReadOnly()) {
            text.append(" · RO");
        }
        if (memory.isNoExecute()) {
            text.append(" · NX");
        }
        if (memory.isWeak()) {
            text.append(" · weak");
        }
        if (memory.isOpaque()) {
            text.append(" · opaque");
        }
        return text.toString();
    }

    private CapabilityText() {
    }
}
