package coyotos.studio.model.validation.fixes;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import coyotos.studio.model.EntryCapability;
import coyotos.studio.model.Gpt;
import coyotos.studio.model.Slot;
import coyotos.studio.model.validation.Labels;
import coyotos.studio.model.validation.ModelIndex;

/**
 * COY-GPT-SLOT-UNREACHABLE: a slot no address selects. An entry capability in slot 15 reads as a memory handler
 * the modeller forgot to announce, so setting ha is offered first; otherwise, or besides, the slot is cleared,
 * which changes no translation (spec §4.3.1: no address selects it).
 */
final class GptSlotUnreachableFix implements RuleFix {

    @Override
    public String ruleId() {
        return "COY-GPT-SLOT-UNREACHABLE";
    }

    @Override
    public List<Fix> fixes(ModelIndex model, EObject element) {
        if (!(element instanceof Slot slot) || !(slot.eContainer() instanceof Gpt gpt)) {
            return List.of();
        }
        List<Fix> fixes = new ArrayList<>();
        if (slot.getIndex() == 15 && slot.getCap() instanceof EntryCapability && !gpt.isHa()) {
            fixes.add(new Fix("set-ha", "Set ha on " + Labels.of(gpt) + " (slot 15 names its memory handler)",
                    "With ha, faults under this GPT go to the entry capability in slot 15 (spec §4.3).",
                    () -> gpt.setHa(true)));
        }
        fixes.add(new Fix("clear-slot", "Clear " + Labels.of(slot),
                "No address selects this slot, so removing it changes no translation.", () -> EcoreUtil.remove(slot)));
        return fixes;
    }
}
