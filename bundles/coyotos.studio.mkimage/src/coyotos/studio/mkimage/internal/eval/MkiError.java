package coyotos.studio.mkimage.internal.eval;

import coyotos.studio.mkimage.internal.ast.Pos;
import java.util.ArrayList;
import java.util.List;

/** An error that stops the evaluation, at a position, with the chain of imports that led to that module. */
public final class MkiError extends RuntimeException {
    private final Pos pos;
    private final List<String> trail = new ArrayList<>();

    public MkiError(Pos pos, String message) {
        super(message, null, false, false);
        this.pos = pos;
    }

    public Pos pos() {
        return pos;
    }

    /** Adds "(in module X, imported at file:line:col)". */
    MkiError importedFrom(String module, Pos at) {
        trail.add("module " + module + " was imported at " + at);
        return this;
    }

    public List<String> trail() {
        return trail;
    }
}
