package coyotos.studio.sim.model;

/**
 * Something in the model the simulator cannot take as it is, named so that a modeller finds it: the element's
 * URI fragment (its UUID, for selecting it in the editor) and a readable label.
 *
 * @param severity     ERROR: the system cannot be simulated faithfully, so it is not run; WARNING: it runs, but
 *                     something the model says is approximated or ignored; INFO: a documented default applied
 * @param elementId    URI fragment of the element concerned, or null for the whole file
 * @param elementLabel "process 'pager'", "slot 3 of GPT 'heap'", ...
 * @param message      what cannot be translated and what to do
 */
public record TranslationProblem(Severity severity, String elementId, String elementLabel, String message) {

    public enum Severity { INFO, WARNING, ERROR }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity + (elementLabel != null ? " [" + elementLabel + "]" : "") + ": " + message;
    }
}
