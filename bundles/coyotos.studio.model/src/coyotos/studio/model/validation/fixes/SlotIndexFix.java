package coyotos.studio.model.validation.fixes;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import coyotos.studio.model.CapRegister;
import coyotos.studio.model.Slot;
import coyotos.studio.model.validation.Labels;
import coyotos.studio.model.validation.ModelIndex;

/**
 * COY-SLOT-INDEX: a slot outside the object, or a second slot with one index. Neither is ever used: translation
 * takes the first slot of an index and no address reaches past the last (spec §4.3), so removing it changes
 * nothing the kernel would do.
 */
final class SlotIndexFix implements RuleFix {

    @Override
    public String ruleId() {
        return "COY-SLOT-INDEX";
    }

    @Override
    public List<Fix> fixes(ModelIndex model, EObject element) {
        if (!(element instanceof Slot slot) || slot instanceof CapRegister || slot.eContainer() == null) {
            return List.of();
        }
        return List.of(new Fix("remove-slot", "Remove " + Labels.of(slot),
                "Translation never uses this slot.", () -> EcoreUtil.remove(slot)));
    }
}
