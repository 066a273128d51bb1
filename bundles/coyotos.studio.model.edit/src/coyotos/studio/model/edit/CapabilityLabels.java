package coyotos.studio.model.edit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import coyotos.studio.model.AppNoticeCapability;
import coyotos.studio.model.Capability;
import coyotos.studio.model.LocalWindowCapability;
import coyotos.studio.model.MemoryCapability;
import coyotos.studio.model.MiscCapability;
import coyotos.studio.model.NamedElement;
import coyotos.studio.model.NullCapability;
import coyotos.studio.model.PhysicalPageCapability;
import coyotos.studio.model.SpaceBankCapability;
import coyotos.studio.model.WindowCapability;

/**
 * How a capability reads wherever it is shown (tree, Outline, diagram edges): what it designates and, for
 * memory capabilities, the guard and restrictions the GPT walk applies (spec 0.6, 4.3.1).
 */
public final class CapabilityLabels {

    /** The object a capability designates, or null for a null or dangling capability. */
    public static EObject target(Capability cap) {
        if (cap == null) {
            return null;
        }
        EStructuralFeature target = cap.eClass().getEStructuralFeature("target");
        return target == null ? null : (EObject) cap.eGet(target);
    }

    /** {@code guard 0x0/12 · RO · NX}, or "" for a capability that is not a memory capability. */
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
        if (memory.isNoCall()) {
            text.append(" · no-call");
        }
        if (memory.getRestrictionBits() != 0) {
            // The kernel's encoding (obstore/capability.h); spec 4.1.1 numbers the bits differently.
            text.append(" · restr 0x").append(Integer.toHexString(memory.getRestrictionBits())).append(" (kernel)");
        }
        return text.toString();
    }

    /** {@code Gpt capability → app-low (guard 0x0/19 · RO)}, {@code Entry capability → pager-ep}, {@code null}. */
    public static String of(Capability cap) {
        if (cap == null || cap instanceof NullCapability) {
            return "null capability";
        }
        if (cap instanceof WindowCapability w) {
            return "Background window → slot 14 of the bg GPT, offset 0x" + Long.toHexString(w.getOffset())
                    + " (" + guard(cap) + ")";
        }
        if (cap instanceof LocalWindowCapability w) {
            return "Local window → slot " + w.getSlot() + ", offset 0x" + Long.toHexString(w.getOffset()) + " ("
                    + guard(cap) + ")";
        }
        // capabilities that designate no object of the image: what they are, and their parameters
        if (cap instanceof MiscCapability m) {
            return m.getKind().getLiteral() + " capability";
        }
        if (cap instanceof PhysicalPageCapability p) {
            return "Physical page capability → frame 0x" + Long.toHexString(p.getFrame()) + " (" + guard(cap)
                    + (p.isCacheDisabled() ? " · uncached" : "") + ")";
        }
        String kind = cap.eClass().getName().replace("Capability", "");
        EObject target = target(cap);
        String name = target instanceof NamedElement named && named.getName() != null ? named.getName()
                : target == null ? "(nothing)" : "(unnamed)";
        String guard = guard(cap);
        if (cap instanceof AppNoticeCapability a) {
            guard = "mask 0x" + Long.toHexString(a.getMask());
        } else if (cap instanceof SpaceBankCapability b && b.getProtectedPayload() != 0) {
            guard = "restrictions 0x" + Long.toHexString(b.getProtectedPayload());
        }
        return kind + " capability → " + name + (guard.isEmpty() ? "" : " (" + guard + ")");
    }

    private CapabilityLabels() {
    }
}
