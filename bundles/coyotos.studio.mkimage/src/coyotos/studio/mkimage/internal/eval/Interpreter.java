package coyotos.studio.mkimage.internal.eval;

import coyotos.studio.mkimage.internal.ast.Node;
import coyotos.studio.mkimage.internal.ast.Node.*;
import coyotos.studio.mkimage.internal.ast.Pos;
import coyotos.studio.mkimage.internal.image.Cap;
import coyotos.studio.mkimage.internal.image.Image;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Runs modules the way mkimage does (ccs/mkimage/Interp.cxx): statements in order, blocks as nested scopes,
 * functions closed over the scope they were defined in, {@code return} leaving the nearest function, enum values
 * computed in "pure" mode (only earlier enum constants and arithmetic), and an imported module run once, on its
 * first import. Where the 2007 mkimage has a bug this interpreter does what its manual says and warns
 * ({@link Operators}).
 */
public final class Interpreter {

    /** Thrown when the user cancels an import. */
    public static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    private static final class ReturnSignal extends RuntimeException {
        final Value value;
        final Pos pos;

        ReturnSignal(Value value, Pos pos) {
            super(null, null, false, false);
            this.value = value;
            this.pos = pos;
        }
    }

    static final int MAX_CALL_DEPTH = 5_000;

    private final Image image;
    private final Env builtins;
    private final ModuleLoader modules;
    private final Output output;
    private final Warnings warnings;
    private final BooleanSupplier cancelled;
    private int steps;
    private int depth;

    public Interpreter(Image image, ModuleLoader modules, Output output, Warnings warnings, BooleanSupplier cancelled) {
        this.image = image;
        this.modules = modules;
        this.output = output;
        this.warnings = warnings;
        this.cancelled = cancelled;
        this.builtins = Builtins.environment(image);
    }

    public Image image() {
        return image;
    }

    public Output output() {
        return output;
    }

    ModuleLoader modules() {
        return modules;
    }

    Warnings warnings() {
        return warnings;
    }

    /** A fresh module scope, inside the built-ins. */
    public Env moduleScope() {
        return new Env(builtins);
    }

    /** Runs the top-level statements of {@code module} in {@code scope}. */
    public void run(Node.Module module, Env scope) {
        for (Stmt s : module.statements()) {
            try {
                exec(s, scope);
            } catch (ReturnSignal r) {
                throw new MkiError(r.pos, "'return' is only allowed inside a function");
            }
        }
    }

    // ---------------------------------------------------------------- statements

    private Value exec(Stmt s, Env env) {
        tick(s.pos());
        return switch (s) {
            case Import i -> importModule(i, env);
            case Def d -> define(d, env);
            case FnDef f -> {
                checkFree(env, f.name(), f.pos(), "Variable");
                Env.Binding b = env.bind(f.name(), new Value.Fn(f, env));
                b.exported = f.exported();
                yield Value.Unit.UNIT;
            }
            case EnumDef e -> enumeration(e, env);
            case Assign a -> {
                Place place = place(a.target(), env);
                Value v = eval(a.value(), env, false);
                requireValue(v, a.pos(), "The right-hand side of '='");
                place.set(v, a.pos());
                yield Value.Unit.UNIT;
            }
            case ExprStmt e -> eval(e.expr(), env, false);
            case Print p -> {
                Value v = eval(p.expr(), env, false);
                if (p.star()) {
                    output.print(Printer.object(image, v));
                } else {
                    output.print(Printer.value(v, p.pos()) + "\n");
                }
                yield Value.Unit.UNIT;
            }
            case If i -> {
                if (condition(i.condition(), env)) {
                    yield block(i.then(), env, false);
                }
                yield i.otherwise() == null ? Value.Unit.UNIT : exec(i.otherwise(), env);
            }
            case While w -> {
                Value last = Value.Unit.UNIT;
                while (condition(w.condition(), env)) {
                    last = block(w.body(), env, false);
                }
                yield last;
            }
            case DoWhile d -> {
                Value last;
                do {
                    last = block(d.body(), env, false);
                } while (condition(d.condition(), env));
                yield last;
            }
            case Return r -> throw new ReturnSignal(eval(r.value(), env, false), r.pos());
            case Block b -> block(b, env, false);
        };
    }

    private Value importModule(Import i, Env env) {
        if (env.local(i.alias()) != null) {
            throw new MkiError(i.pos(), "Symbol \"" + i.alias() + "\" is already bound.");
        }
        Env exports = modules.importModule(i.module(), i.modulePos(), this);
        env.bind(i.alias(), new Value.EnvV(exports));
        return Value.Unit.UNIT;
    }

    private Value define(Def d, Env env) {
        Value v = eval(d.value(), env, false);
        requireValue(v, d.pos(), "The right-hand side of 'def " + d.name() + "'");
        checkFree(env, d.name(), d.pos(), "Variable");
        Env.Binding b = env.bind(d.name(), v);
        b.exported = d.exported();
        if (v instanceof Value.CapV c && c.cap().target() != null) {
            c.cap().target().noteLocalName(d.name());
        }
        return Value.Unit.UNIT;
    }

    /** enum and capreg (Interp.cxx at_s_enum): constants count up from 0 or from the last given value. */
    private Value enumeration(EnumDef e, Env env) {
        Env target = env;
        if (e.name() != null) {
            checkFree(env, e.name(), e.pos(), "Symbol");
            target = new Env(null);
            Env.Binding b = env.bind(e.name(), new Value.EnvV(target));
            b.exported = e.exported();
        }
        BigInteger next = BigInteger.ZERO;
        for (EnumConst c : e.constants()) {
            checkFree(target, c.name(), c.pos(), "Identifier");
            if (c.value() != null) {
                Value v = eval(c.value(), env, true);
                if (!(v instanceof Value.Int i)) {
                    throw new MkiError(c.value().pos(), (e.capreg() ? "A capreg" : "An enum") + " value must be an integer, not "
                            + Value.describe(v) + ".");
                }
                next = i.value();
            }
            Env.Binding b = target.bind(c.name(), new Value.Int(next));
            b.pure = true;
            b.exported = e.exported();
            next = next.add(BigInteger.ONE);
        }
        return Value.Unit.UNIT;
    }

    private static void checkFree(Env env, String name, Pos pos, String what) {
        if (env.local(name) != null) {
            throw new MkiError(pos, what + " \"" + name + "\" is already bound in this scope.");
        }
    }

    private Value block(Block b, Env env, boolean pure) {
        Env inner = new Env(env);
        Value last = Value.Unit.UNIT;
        for (Stmt s : b.statements()) {
            last = pure ? execPure(s, inner) : exec(s, inner);
        }
        return last;
    }

    /** Statements inside a block used as an enum value: evaluated as usual but with pure expressions. */
    private Value execPure(Stmt s, Env env) {
        if (s instanceof ExprStmt e) {
            return eval(e.expr(), env, true);
        }
        return exec(s, env);
    }

    private boolean condition(Expr e, Env env) {
        Value v = eval(e, env, false);
        return switch (v) {
            case Value.Int i -> i.value().signum() != 0;
            case Value.Str s -> true; // Interp.cxx: any string is true
            default -> throw new MkiError(e.pos(), "Inappropriate dynamic type for a condition: " + Value.describe(v)
                    + " (an integer is needed; 0 is false).");
        };
    }

    // ---------------------------------------------------------------- expressions

    Value eval(Expr e, Env env, boolean pure) {
        return switch (e) {
            case IntLit i -> new Value.Int(i.value());
            case StringLit s -> new Value.Str(s.value());
            case Ident id -> {
                Env.Binding b = env.lookup(id.name());
                if (b == null) {
                    throw new MkiError(id.pos(), "Reference to unbound variable \"" + id.name() + "\".");
                }
                if (pure && !b.pure) {
                    throw new MkiError(id.pos(), "Reference to impure binding \"" + id.name() + "\" in an enum value: "
                            + "only earlier enum constants and arithmetic may be used there.");
                }
                yield b.value;
            }
            case Field f -> field(f, env, pure);
            case Index x -> index(x, env);
            case Call c -> call(c, env, pure);
            case New n -> call(n.pos(), Builtins.constructor(n.kind(), n.pos()), n.args(), env, pure);
            case Unary u -> Operators.unary(u.op(), eval(u.operand(), env, pure), u.pos());
            case Binary b -> {
                Value l = eval(b.left(), env, pure);
                Value r = eval(b.right(), env, pure);
                yield Operators.binary(b.op(), l, r, b.pos(), warnings);
            }
            case Block b -> block(b, env, pure);
        };
    }

    private Value field(Field f, Env env, boolean pure) {
        Value target = eval(f.target(), env, false);
        if (target instanceof Value.EnvV ev) {
            Env.Binding b = ev.env().lookup(f.name());
            if (b == null) {
                throw new MkiError(f.pos(), "Reference to unbound field/member \"" + f.name() + "\".");
            }
            if (pure && !b.pure) {
                throw new MkiError(f.pos(), "Reference to impure binding \"" + f.name() + "\" in an enum value.");
            }
            return b.value;
        }
        if (target instanceof Value.CapV c) {
            return ObjectFields.get(c.cap(), f.name(), f.pos());
        }
        throw new MkiError(f.pos(), "'." + f.name() + "' needs a module, an enum, a record or an object capability, not "
                + Value.describe(target) + ".");
    }

    private Value index(Index x, Env env) {
        Value target = eval(x.target(), env, false);
        int i = indexValue(x, env);
        return ObjectFields.getIndexed(target, i, x.pos());
    }

    private int indexValue(Index x, Env env) {
        Value v = eval(x.index(), env, false);
        if (!(v instanceof Value.Int n)) {
            throw new MkiError(x.index().pos(), "An index must be an integer, not " + Value.describe(v) + ".");
        }
        if (n.value().signum() < 0 || n.value().bitLength() > 31) {
            throw new MkiError(x.index().pos(), "Index " + n.value() + " is out of range.");
        }
        return n.value().intValue();
    }

    private Value call(Call c, Env env, boolean pure) {
        return call(c.pos(), eval(c.function(), env, pure), c.args(), env, pure);
    }

    private Value call(Pos pos, Value fn, List<Expr> argExprs, Env env, boolean pure) {
        tick(pos);
        if (fn instanceof Value.Fn f) {
            if (f.def().params().size() != argExprs.size()) {
                throw new MkiError(pos, "Wrong number of arguments to \"" + f.def().name() + "\": it takes "
                        + f.def().params().size() + ", this call gives " + argExprs.size() + ".");
            }
            Env args = new Env(f.closure());
            for (int i = 0; i < argExprs.size(); i++) {
                args.bind(f.def().params().get(i), eval(argExprs.get(i), env, pure));
            }
            if (++depth > MAX_CALL_DEPTH) {
                depth = 0;
                throw new MkiError(pos, "Calls nest more than " + MAX_CALL_DEPTH + " deep: is \"" + f.def().name()
                        + "\" recursing without end?");
            }
            try {
                return block(f.def().body(), new Env(args), false);
            } catch (ReturnSignal r) {
                return r.value;
            } finally {
                depth--;
            }
        }
        if (fn instanceof Value.Builtin b) {
            int n = argExprs.size();
            if (n < b.min()) {
                throw new MkiError(pos, "Not enough arguments to \"" + b.name() + "\" (it takes " + arity(b) + ").");
            }
            if (b.max() != 0 && n > b.max()) {
                throw new MkiError(pos, "Too many arguments to \"" + b.name() + "\" (it takes " + arity(b) + ").");
            }
            List<Value> args = new ArrayList<>(n);
            for (Expr a : argExprs) {
                args.add(eval(a, env, pure));
            }
            return b.body().apply(new CallContext(this, pos, b.name()), args);
        }
        throw new MkiError(pos, "Call using a non-function value: " + Value.describe(fn) + ".");
    }

    private static String arity(Value.Builtin b) {
        if (b.max() == 0) {
            return b.min() + " or more";
        }
        return b.min() == b.max() ? String.valueOf(b.min()) : b.min() + " to " + b.max();
    }

    // ---------------------------------------------------------------- places (left-hand sides)

    /** Something that can be assigned. */
    interface Place {
        void set(Value v, Pos at);
    }

    private Place place(Expr e, Env env) {
        switch (e) {
            case Ident id -> {
                Env.Binding b = env.lookup(id.name());
                if (b == null) {
                    throw new MkiError(id.pos(), "Reference to unbound variable \"" + id.name() + "\".");
                }
                return bindingPlace(b);
            }
            case Field f -> {
                Value target = eval(f.target(), env, false);
                if (target instanceof Value.EnvV ev) {
                    Env.Binding b = ev.env().lookup(f.name());
                    if (b == null) {
                        throw new MkiError(f.pos(), "Reference to unbound field/member \"" + f.name() + "\".");
                    }
                    return bindingPlace(b);
                }
                if (target instanceof Value.CapV c) {
                    ObjectFields.get(c.cap(), f.name(), f.pos()); // the field must exist (and be readable)
                    return (v, at) -> ObjectFields.set(c.cap(), f.name(), v, at);
                }
                throw new MkiError(f.pos(), "Illegal assignment: '." + f.name() + "' of " + Value.describe(target)
                        + " cannot be assigned.");
            }
            case Index x -> {
                Value target = eval(x.target(), env, false);
                int i = indexValue(x, env);
                ObjectFields.getIndexed(target, i, x.pos()); // bounds and kind checked before the right-hand side runs
                return (v, at) -> ObjectFields.setIndexed(target, i, v, at);
            }
            default -> throw new MkiError(e.pos(), "Illegal assignment: the left-hand side of '=' must be a variable, "
                    + "a field or an indexed slot.");
        }
    }

    private static Place bindingPlace(Env.Binding b) {
        return (v, at) -> {
            if (b.constant) {
                throw new MkiError(at, "Illegal assignment: \"" + b.name + "\" is a constant.");
            }
            b.value = v;
        };
    }

    static void requireValue(Value v, Pos pos, String what) {
        if (v == Value.Unit.UNIT || v instanceof Value.Vector) {
            throw new MkiError(pos, what + " is not a value (" + Value.describe(v) + ").");
        }
    }

    private void tick(Pos pos) {
        if ((++steps & 0xfff) == 0 && cancelled.getAsBoolean()) {
            throw new Cancelled();
        }
    }

    /** Kept for symmetry with mkimage's CapValue: a capability value. */
    static Value cap(Cap c) {
        return new Value.CapV(c);
    }
}
