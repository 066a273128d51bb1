package coyotos.studio.mkimage.internal.ast;

/** A place in a .mki file (1-based line and column). */
public record Pos(SourceFile file, int line, int column) {

    /** {@code /path/file.mki:12:5}: what a model element keeps as its origin and what messages start with. */
    @Override
    public String toString() {
        return (file == null || file.path() == null ? "<builtin>" : file.path().toString()) + ":" + line + ":" + column;
    }
}
