package coyotos.studio.model.validation.fixes;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.Endpoint;
import coyotos.studio.model.validation.Labels;
import coyotos.studio.model.validation.ModelIndex;

/** COY-REPLY-ENDPOINT-NO-PM: a reply endpoint matches the payload of its reply capabilities (spec §5.3). */
final class ReplyEndpointPmFix implements RuleFix {

    @Override
    public String ruleId() {
        return "COY-REPLY-ENDPOINT-NO-PM";
    }

    @Override
    public List<Fix> fixes(ModelIndex model, EObject element) {
        if (!(element instanceof Endpoint endpoint) || endpoint.isPm()) {
            return List.of();
        }
        return List.of(new Fix("set-pm", "Set pm on " + Labels.of(endpoint),
                "With payload match, a stale reply capability no longer reaches the endpoint.",
                () -> endpoint.setPm(true)));
    }
}
