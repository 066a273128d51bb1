package coyotos.studio.model.validation;

/** Holds the id, severity and reference of a rule. */
public abstract class AbstractRule implements Rule {

    private final String id;
    private final int severity;
    private final String reference;

    protected AbstractRule(String id, int severity, String reference) {
        this.id = id;
        this.severity = severity;
        this.reference = reference;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int severity() {
        return severity;
    }

    @Override
    public String reference() {
        return reference;
    }

    @Override
    public String toString() {
        return id;
    }
}
