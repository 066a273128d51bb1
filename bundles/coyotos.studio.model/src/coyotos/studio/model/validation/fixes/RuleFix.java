package coyotos.studio.model.validation.fixes;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.validation.ModelIndex;

/**
 * The repairs of one validation rule, found by the rule's id ({@link RuleFixes}). Only a rule whose repair
 * follows from the finding has one: where the modeller must choose what was meant, each choice the model
 * offers is a fix of its own, and where nothing in the model says what was meant, there is none.
 */
public interface RuleFix {

    /** The id of the rule these fixes repair (e.g. COY-GPT-HA-SLOT15). */
    String ruleId();

    /**
     * The fixes for a finding of the rule about {@code element} in {@code model}, in the order to offer them;
     * empty when none applies to this finding.
     */
    List<Fix> fixes(ModelIndex model, EObject element);
}
