package coyotos.studio.model.validation.fixes;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.CapPage;
import coyotos.studio.model.Gpt;
import coyotos.studio.model.MemoryCapability;
import coyotos.studio.model.MemoryObject;
import coyotos.studio.model.Page;
import coyotos.studio.model.validation.Labels;
import coyotos.studio.model.validation.ModelIndex;

/**
 * COY-GUARD-L2G-INCONSISTENT: l2g moves to the nearest value that leaves the target its page offset or
 * slot-index bits (spec §4.3.1), or into 0..64.
 */
final class GuardL2gFix implements RuleFix {

    @Override
    public String ruleId() {
        return "COY-GUARD-L2G-INCONSISTENT";
    }

    @Override
    public List<Fix> fixes(ModelIndex model, EObject element) {
        if (!(element instanceof MemoryCapability cap)) {
            return List.of();
        }
        int l2g = Math.max(lowest(cap.getTargetObject()), Math.min(64, cap.getL2g()));
        if (l2g == cap.getL2g()) {
            return List.of();
        }
        return List.of(new Fix("l2g-to-minimum", "Set l2g of " + Labels.of(cap) + " to " + l2g,
                "The guard then starts above the bits the target translates itself.", () -> cap.setL2g(l2g)));
    }

    /** The smallest l2g the target allows: a page's offset bits, a GPT's l2v. */
    private static int lowest(MemoryObject target) {
        if (target instanceof Page || target instanceof CapPage) {
            return ModelIndex.PAGE_BITS;
        }
        return target instanceof Gpt gpt ? Math.max(0, Math.min(64, gpt.getL2v())) : 0;
    }
}
