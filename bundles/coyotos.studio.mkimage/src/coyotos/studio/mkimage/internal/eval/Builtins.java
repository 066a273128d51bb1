package coyotos.studio.mkimage.internal.eval;

import coyotos.studio.mkimage.internal.ast.Pos;
import coyotos.studio.mkimage.internal.image.Cap;
import coyotos.studio.mkimage.internal.image.CapType;
import coyotos.studio.mkimage.internal.image.Image;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in scope every module starts inside (builtin.cxx getBuiltinEnv): PrimeBank and PrimeBankEndpoint, the
 * object constructors of {@code new}, and the built-in functions of {@link CapabilityBuiltins}, {@link
 * SpaceBuiltins} and {@link DiagnosticBuiltins}. All of them are constants.
 */
public final class Builtins {
    /** {@code new Kind(bank)}: the kinds of object a module can allocate. */
    static final Map<String, Value.Builtin> CONSTRUCTORS = Map.of(
            "Bank", new Value.Builtin("make_bank", 1, 1, CapabilityBuiltins::newBank),
            "CapPage", new Value.Builtin("make_cappage", 1, 1, CapabilityBuiltins::newCapPage),
            "GPT", new Value.Builtin("make_gpt", 1, 1, CapabilityBuiltins::newGpt),
            "Endpoint", new Value.Builtin("make_endpoint", 1, 1, CapabilityBuiltins::newEndpoint),
            "Page", new Value.Builtin("make_page", 1, 1, CapabilityBuiltins::newPage),
            "Process", new Value.Builtin("make_process", 1, 1, CapabilityBuiltins::newProcess));

    private Builtins() {
    }

    static Env environment(Image image) {
        Env env = new Env(null);
        Cap primeEndpoint = Cap.of(CapType.ENDPOINT, image.prime().endpoint());
        env.constant("PrimeBankEndpoint", new Value.CapV(primeEndpoint));
        env.constant("PrimeBank", new Value.CapV(image.prime().cap()));
        for (Value.Builtin b : CapabilityBuiltins.ALL) {
            env.constant(b.name(), b);
        }
        for (Value.Builtin b : SpaceBuiltins.ALL) {
            env.constant(b.name(), b);
        }
        for (Value.Builtin b : DiagnosticBuiltins.ALL) {
            env.constant(b.name(), b);
        }
        return env;
    }

    /** Every name of the built-in scope (for the editor's colouring and the exporter's name clashes). */
    public static Set<String> names() {
        Env env = environment(new Image());
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        env.bindings().forEach(b -> names.add(b.name));
        return names;
    }

    static Value.Builtin constructor(String kind, Pos pos) {
        Value.Builtin b = CONSTRUCTORS.get(kind);
        if (b == null) {
            throw new MkiError(pos, "new knows " + String.join(", ", List.of("Bank", "CapPage", "GPT", "Endpoint", "Page",
                    "Process")) + "; not \"" + kind + "\".");
        }
        return b;
    }
}
