package coyotos.studio.mkimage.internal.eval;

import coyotos.studio.mkimage.internal.ast.Pos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Warnings of an import, each position once (a warning inside a loop is not repeated). */
public final class Warnings {
    public record Warning(Pos pos, String message) {
    }

    private final List<Warning> list = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    public void add(Pos pos, String message) {
        if (seen.add(pos + message)) {
            list.add(new Warning(pos, message));
        }
    }

    public List<Warning> all() {
        return list;
    }
}
