package coyotos.studio.sim.model;

import coyotos.studio.model.CapPageCapability;
import coyotos.studio.model.MiscCapability;
import coyotos.studio.model.MiscCapabilityKind;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.EndpointCapability;
import coyotos.studio.model.EntryCapability;
import coyotos.studio.model.GptCapability;
import coyotos.studio.model.LocalWindowCapability;
import coyotos.studio.model.MemoryCapability;
import coyotos.studio.model.NullCapability;
import coyotos.studio.model.PageCapability;
import coyotos.studio.model.ProcessCapability;
import coyotos.studio.model.ScheduleCapability;
import coyotos.studio.model.SpaceBankCapability;
import coyotos.studio.model.WindowCapability;
import coyotos.studio.model.validation.SimulatedCapabilities;
import coyotos.studio.sim.image.CapType;
import coyotos.studio.sim.image.Capability;
import org.eclipse.emf.ecore.EObject;

/**
 * Capability values of the model → simulator capabilities. A capability that cannot be translated (no target,
 * a target outside this system, a guard that does not fit) becomes a problem and a null capability, so the
 * rest of the system still builds and every problem is reported in one pass.
 */
final class CapabilityTranslator {
    private final CoyotosSystem system;
    private final Problems problems;

    CapabilityTranslator(CoyotosSystem system, Problems problems) {
        this.system = system;
        this.problems = problems;
    }

    /** {@code cap} may be null (an empty slot). */
    Capability translate(coyotos.studio.model.Capability cap) {
        if (cap == null || cap instanceof NullCapability) {
            return Capability.NULL;
        }
        // Kept from system images (mkimage import) though the simulator has no such capability yet: the model rule
        // COY-SIM-NOT-MODELLED lists the same ones; here they are a warning, not a reason to refuse the run.
        String notSimulated = SimulatedCapabilities.notSimulated(cap);
        if (notSimulated != null) {
            problems.warning(cap, "the simulator does not have " + notSimulated + " yet; it is treated as empty in this "
                    + "run.");
            return Capability.NULL;
        }
        return switch (cap) {
            case GptCapability g -> memory(g, CapType.GPT, g.getTarget());
            case PageCapability p -> memory(p, CapType.PAGE, p.getTarget());
            case CapPageCapability c -> memory(c, CapType.CAP_PAGE, c.getTarget());
            case WindowCapability w -> window(w, CapType.BACKGROUND_WINDOW, w.getOffset(), 0);
            case LocalWindowCapability w -> window(w, CapType.LOCAL_WINDOW, w.getOffset(), w.getSlot());
            case EntryCapability e -> entry(e);
            case EndpointCapability e -> simple(e, CapType.ENDPOINT, e.getTarget());
            case ProcessCapability p -> simple(p, CapType.PROCESS, p.getTarget());
            case SpaceBankCapability b -> simple(b, CapType.SPACE_BANK, b.getTarget());
            // Schedules are not kernel objects of the image (one scheduler, see SystemTranslator); the
            // capability keeps its type so a schedule capability in a GPT slot is still MalformedSpace (§4.3.1).
            case ScheduleCapability s -> simple(s, CapType.SCHEDULE, s.getTarget());
            // KernLog is a kernel service the simulator answers (KernLog.log prints to the run's console,
            // caps/cap_KernLog.c); the capabilities SimulatedCapabilities names were refused above.
            case MiscCapability m when m.getKind() == MiscCapabilityKind.KERN_LOG -> Capability.kernLog();
            default -> {
                problems.error(cap, "the simulator has no " + cap.eClass().getName() + "; it is treated as empty.");
                yield Capability.NULL;
            }
        };
    }

    /** Id of a referenced kernel object, or null (with an error) when it is missing or not in this system. */
    String target(EObject holder, EObject target, String what) {
        if (target == null) {
            problems.error(holder, "names no " + what + ": set its target.");
            return null;
        }
        if (target.eIsProxy() || target.eContainer() != system) {
            problems.error(holder, "names a " + what + " that is not in this system (dangling reference "
                    + (target.eIsProxy() ? String.valueOf(((org.eclipse.emf.ecore.InternalEObject) target).eProxyURI())
                            : Problems.label(target)) + "): restore it or re-point the reference.");
            return null;
        }
        return Problems.id(target);
    }

    private Capability memory(MemoryCapability m, CapType type, EObject target) {
        String id = target(m, target, type == CapType.GPT ? "GPT" : type == CapType.PAGE ? "page" : "cap page");
        if (id == null) {
            return Capability.NULL;
        }
        return guarded(m, type, id, 0, 0);
    }

    /** A window names no object: translation goes on through a slot (spec §4.3.1). */
    private Capability window(MemoryCapability m, CapType type, long offset, int slot) {
        if (slot < 0 || slot >= coyotos.studio.sim.image.Gpt.SLOTS) {
            problems.error(m, "local window slot " + slot + " is outside 0..15 (§4.3.1).");
            return Capability.NULL;
        }
        return guarded(m, type, "window", offset, slot);
    }

    private Capability guarded(MemoryCapability m, CapType type, String id, long offset, int slot) {
        // The model gives the restrictions in the kernel's encoding, the simulator's too (Restrictions).
        int r = m.getRestrictionBits();
        int l2g = m.getL2g();
        long match = m.getMatch();
        // §4.3.1: the guard compares the address bits above l2g with match, so match must fit in 64 - l2g bits.
        if (l2g < 0 || l2g > Capability.NO_GUARD) {
            problems.error(m, "l2g " + l2g + " is outside 0..64 (§4.3.1 guard).");
            return Capability.NULL;
        }
        if (l2g < Capability.NO_GUARD && l2g > 0 && (match >>> (64 - l2g)) != 0) {
            problems.error(m, "guard match 0x" + Long.toHexString(match) + " does not fit above l2g " + l2g
                    + " (§4.3.1): no address could ever match.");
            return Capability.NULL;
        }
        if (match < 0 || match >= (1L << Capability.MATCH_BITS)) {
            problems.error(m, "guard match 0x" + Long.toHexString(match) + " needs more than the kernel's "
                    + Capability.MATCH_BITS + " bits (obstore/capability.h CAP_MATCH_WIDTH).");
            return Capability.NULL;
        }
        if (l2g == 0 && match != 0) {
            problems.warning(m, "l2g 0 consumes every address bit, so the guard match is ignored.");
            match = 0;
        }
        return new Capability(type, id, r, l2g == Capability.NO_GUARD ? 0 : match, l2g, 0, offset, slot);
    }

    private Capability entry(EntryCapability e) {
        String id = target(e, e.getTarget(), "endpoint");
        if (id == null) {
            return Capability.NULL;
        }
        if (e.getProtectedPayload() < 0 || e.getProtectedPayload() > Capability.PAYLOAD_LIMIT) {
            problems.error(e, "protected payload " + e.getProtectedPayload() + " does not fit the kernel's 32 bits "
                    + "(obstore/capability.h u1.protPayload).");
            return Capability.NULL;
        }
        return Capability.entry(id, e.getProtectedPayload());
    }

    private Capability simple(coyotos.studio.model.Capability c, CapType type, EObject target) {
        String id = target(c, target, type.name().toLowerCase().replace('_', ' '));
        return id == null ? Capability.NULL : new Capability(type, id, 0, 0, Capability.NO_GUARD, 0);
    }
}
