package coyotos.studio.mkimage.internal.ast;

import java.nio.file.Path;

/** One .mki file as read: where it is (for messages and origins) and its text. */
public record SourceFile(Path path, String text) {

    /** A position in this file; line and column are 1-based. */
    public Pos at(int line, int column) {
        return new Pos(this, line, column);
    }
}
