package coyotos.studio.mkimage.internal.eval;

import coyotos.studio.mkimage.internal.ast.Node;
import coyotos.studio.mkimage.internal.image.Cap;
import coyotos.studio.mkimage.internal.image.ImageObject;
import java.math.BigInteger;

/**
 * The values of mkimage (ccs/mkimage/Value.hxx): unit, arbitrary-precision integers, strings, capabilities,
 * functions (closures over their defining scope), built-in functions, and environments (an imported module's
 * exports, a named enum, the record loadimage and lookup_addr return). {@link Vector} is the one value that is not a
 * value: an object's capability vector ({@code gpt.cap}, {@code proc.capReg}) before it is indexed.
 */
public sealed interface Value {

    /** What a statement without a value yields; it cannot be bound or assigned (Interp.cxx isValue). */
    enum Unit implements Value {
        UNIT
    }

    record Int(BigInteger value) implements Value {
        static final Int ZERO = new Int(BigInteger.ZERO);
        static final Int ONE = new Int(BigInteger.ONE);

        static Int of(long v) {
            return v == 0 ? ZERO : v == 1 ? ONE : new Int(BigInteger.valueOf(v));
        }

        static Int of(boolean b) {
            return b ? ONE : ZERO;
        }

        static Int unsigned(long v) {
            return v >= 0 ? of(v) : new Int(BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64)));
        }
    }

    record Str(String value) implements Value {
    }

    record CapV(Cap cap) implements Value {
    }

    record Fn(Node.FnDef def, Env closure) implements Value {
    }

    /** A built-in function; {@code max} 0 means any number of arguments. */
    record Builtin(String name, int min, int max, BuiltinBody body) implements Value {
    }

    record EnvV(Env env) implements Value {
    }

    /** An unindexed capability vector of an object: {@code field} is "cap" (GPT) or "capReg" (process). */
    record Vector(ImageObject object, String field) implements Value {
    }

    /** The kind of a value in messages: "an integer", "a Page capability", ... */
    static String describe(Value v) {
        return switch (v) {
            case Unit u -> "nothing (a statement without a value)";
            case Int i -> "an integer";
            case Str s -> "a string";
            case CapV c -> "a " + c.cap().type().mkimageName + " capability";
            case Fn f -> "the function " + f.def().name();
            case Builtin b -> "the built-in function " + b.name();
            case EnvV e -> "a record of names";
            case Vector vec -> "the vector " + vec.field() + " (index it)";
        };
    }
}
