package coyotos.studio.model.validation;

/**
 * One Coyotos validation rule. Each rule has a stable id (e.g. COY-GPT-CYCLE), a severity
 * ({@link org.eclipse.emf.common.util.Diagnostic#ERROR} or WARNING), and the specification section or
 * reason it rests on. Rules are listed in {@link CoyotosRules}; {@link RuleEngine} runs them.
 */
public interface Rule {

    String id();

    /** Diagnostic.ERROR or Diagnostic.WARNING. */
    int severity();

    /** Where the rule comes from: a section of the Coyotos Microkernel Specification 0.6, or the reason. */
    String reference();

    void check(ModelIndex model, Reporter reporter);
}
