package coyotos.studio.model.validation.fixes;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.Gpt;
import coyotos.studio.model.validation.Labels;
import coyotos.studio.model.validation.ModelIndex;

/** COY-GPT-L2V-RANGE: l2v is brought to the nearest value the invariant allows (spec §4.3: l2v >= log2(page size)). */
final class GptL2vFix implements RuleFix {

    static final int MAX_L2V = 63;

    @Override
    public String ruleId() {
        return "COY-GPT-L2V-RANGE";
    }

    @Override
    public List<Fix> fixes(ModelIndex model, EObject element) {
        if (!(element instanceof Gpt gpt)) {
            return List.of();
        }
        int l2v = Math.max(ModelIndex.PAGE_BITS, Math.min(MAX_L2V, gpt.getL2v()));
        if (l2v == gpt.getL2v()) {
            return List.of();
        }
        return List.of(new Fix("l2v-" + l2v, "Set l2v of " + Labels.of(gpt) + " to " + l2v,
                "The nearest l2v at which every slot spans at least a page.", () -> gpt.setL2v(l2v)));
    }
}
