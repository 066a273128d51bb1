package coyotos.studio.model.io;

/**
 * One problem found while loading a {@code .coyotos} file.
 *
 * @param severity ERROR when the model is unusable or partial, WARNING otherwise
 * @param message  what went wrong and what to do
 * @param line     1-based line in the file, or -1 when unknown
 * @param column   1-based column, or -1 when unknown
 * @param element  the element concerned (name or URI fragment), or null
 */
public record LoadDiagnostic(Severity severity, String message, int line, int column, String element) {

    public enum Severity { WARNING, ERROR }

    @Override
    public String toString() {
        return severity + (line > 0 ? " line " + line + (column > 0 ? ":" + column : "") : "")
                + (element != null ? " [" + element + "]" : "") + ": " + message;
    }
}
