package coyotos.studio.model.validation.fixes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.validation.CoyotosRules;
import coyotos.studio.model.validation.ModelIndex;
import coyotos.studio.model.validation.Rule;

/**
 * The one place where quick fixes are registered, by the id of the rule they repair. A rule added to
 * {@link CoyotosRules} gets a fix by adding its {@link RuleFix} here; the Problems view and the diagram find it
 * by the rule id a finding carries, and nothing else needs to change.
 */
public final class RuleFixes {

    private static final Map<String, RuleFix> BY_RULE = new LinkedHashMap<>();

    static {
        for (RuleFix fix : List.of(
                new GptL2vFix(),
                new GuardL2gFix(),
                new GptSlotUnreachableFix(),
                new GptHaSlot15Fix(),
                new GptBgSlot14Fix(),
                new SlotIndexFix(),
                new CapDanglingFix(),
                new ProcessScheduleFix(),
                new RegisterIndexFix(),
                new RegisterZeroFix(),
                new RegisterRoleFix(),
                new FaultPathNoHandlerFix(),
                new ReplyEndpointPmFix())) {
            BY_RULE.put(fix.ruleId(), fix);
        }
    }

    private RuleFixes() {
    }

    /** The ids of the rules that have fixes. */
    public static Set<String> ruleIds() {
        return BY_RULE.keySet();
    }

    /** Whether the rule has fixes at all (cheap: the Problems view asks it for every marker). */
    public static boolean hasFixes(String ruleId) {
        return BY_RULE.containsKey(ruleId);
    }

    /**
     * The fixes for the finding of rule {@code ruleId} about {@code element}, computed on the model as it is now:
     * empty when the rule has no fixes, or no longer reports the element (the model changed since the marker was
     * made, or another fix already repaired it).
     */
    public static List<Fix> fixesFor(CoyotosSystem system, String ruleId, EObject element) {
        RuleFix ruleFix = BY_RULE.get(ruleId);
        Rule rule = CoyotosRules.byId(ruleId);
        if (ruleFix == null || rule == null || element == null) {
            return List.of();
        }
        ModelIndex model = new ModelIndex(system);
        List<EObject> reported = new ArrayList<>();
        try {
            rule.check(model, (r, found, message) -> reported.add(found));
        } catch (RuntimeException e) {
            // the engine reports a rule that cannot complete on this model; there is nothing to repair here
            return List.of();
        }
        return reported.contains(element) ? ruleFix.fixes(model, element) : List.of();
    }
}
