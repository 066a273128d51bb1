package coyotos.studio.model.validation.fixes;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.Gpt;
import coyotos.studio.model.validation.Labels;
import coyotos.studio.model.validation.ModelIndex;

/** COY-GPT-BG-SLOT14: bg promises a background space in slot 14 that is not there (spec §4.3). */
final class GptBgSlot14Fix implements RuleFix {

    @Override
    public String ruleId() {
        return "COY-GPT-BG-SLOT14";
    }

    @Override
    public List<Fix> fixes(ModelIndex model, EObject element) {
        if (!(element instanceof Gpt gpt) || !gpt.isBg()) {
            return List.of();
        }
        return List.of(new Fix("clear-bg", "Clear bg on " + Labels.of(gpt),
                "Slot 14 holds no background space, so the GPT should not claim one.", () -> gpt.setBg(false)));
    }
}
