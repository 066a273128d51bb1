package coyotos.studio.model.validation.fixes;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.Gpt;
import coyotos.studio.model.validation.Labels;
import coyotos.studio.model.validation.ModelIndex;

/** COY-GPT-HA-SLOT15: ha promises a memory handler in slot 15 that is not there; without ha nothing is promised (spec §4.3). */
final class GptHaSlot15Fix implements RuleFix {

    @Override
    public String ruleId() {
        return "COY-GPT-HA-SLOT15";
    }

    @Override
    public List<Fix> fixes(ModelIndex model, EObject element) {
        if (!(element instanceof Gpt gpt) || !gpt.isHa()) {
            return List.of();
        }
        return List.of(new Fix("clear-ha", "Clear ha on " + Labels.of(gpt),
                "No entry capability in slot 15 names a memory handler, so the GPT should not claim one.",
                () -> gpt.setHa(false)));
    }
}
