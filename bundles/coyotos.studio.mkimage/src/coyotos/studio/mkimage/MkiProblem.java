package coyotos.studio.mkimage;

import java.nio.file.Path;

/**
 * Something wrong (or worth knowing) about a .mki module, and where: the file, its 1-based line and column.
 * {@link #toString()} reads the way compilers print it, {@code file:line:column: message}, so a terminal or an
 * editor can jump there.
 */
public record MkiProblem(Severity severity, Path file, int line, int column, String message) {

    public enum Severity { ERROR, WARNING, INFO }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column} (line and column only when known). */
    public String where() {
        String f = file == null ? "<command line>" : file.toString();
        return line > 0 ? f + ":" + line + (column > 0 ? ":" + column : "") : f;
    }

    @Override
    public String toString() {
        return where() + ": " + (severity == Severity.ERROR ? "" : severity.name().toLowerCase() + ": ") + message;
    }
}
