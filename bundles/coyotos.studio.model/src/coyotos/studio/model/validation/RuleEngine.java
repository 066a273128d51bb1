package coyotos.studio.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.CoyotosSystem;

/**
 * Runs every rule of {@link CoyotosRules} over a system. Called by the generated EValidator through
 * {@code CoyotosSystem.validateRules} (an invariant of the metamodel), and directly by {@link #check}.
 */
public final class RuleEngine {

    public static final RuleEngine INSTANCE = new RuleEngine();

    /** Diagnostic source of every rule finding. */
    public static final String DIAGNOSTIC_SOURCE = "coyotos.studio.model";

    private RuleEngine() {
    }

    /** EValidator entry: adds one Diagnostic per finding (data: element, rule id). */
    public boolean validate(CoyotosSystem system, DiagnosticChain diagnostics, Map<Object, Object> context) {
        List<Finding> findings = check(system);
        if (diagnostics != null) {
            for (Finding f : findings) {
                diagnostics.add(new BasicDiagnostic(f.severity(), DIAGNOSTIC_SOURCE, CoyotosRules.codeOf(f.ruleId()),
                        f.message(), new Object[] {f.element(), f.ruleId()}));
            }
        }
        return findings.stream().noneMatch(f -> f.severity() >= org.eclipse.emf.common.util.Diagnostic.ERROR);
    }

    /** All findings of all rules. A rule that crashes is reported as a finding, not thrown. */
    public List<Finding> check(CoyotosSystem system) {
        List<Finding> findings = new ArrayList<>();
        ModelIndex index = new ModelIndex(system);
        for (Rule rule : CoyotosRules.ALL) {
            Reporter reporter = (r, element, message) -> findings.add(new Finding(r.id(), r.severity(), element,
                    "[" + r.id() + "] " + message + " (" + r.reference() + ")"));
            try {
                rule.check(index, reporter);
            } catch (RuntimeException e) {
                findings.add(new Finding(rule.id(), org.eclipse.emf.common.util.Diagnostic.WARNING, system,
                        "[" + rule.id() + "] rule could not complete on this model: " + e));
            } catch (StackOverflowError e) {
                // Rules do not recurse on what the model nests; this is the last line of defence.
                findings.add(new Finding(rule.id(), org.eclipse.emf.common.util.Diagnostic.WARNING, system,
                        "[" + rule.id() + "] rule could not complete: the model is nested too deeply."));
            }
        }
        return findings;
    }

    /** Human label for messages: type, name and, for unnamed elements, the owner. */
    public static String label(EObject o) {
        return Labels.of(o);
    }
}
