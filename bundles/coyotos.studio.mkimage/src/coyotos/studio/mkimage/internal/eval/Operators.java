package coyotos.studio.mkimage.internal.eval;

import coyotos.studio.mkimage.internal.ast.Pos;
import java.math.BigInteger;

/**
 * Arithmetic and comparison (ccs/mkimage/builtin.cxx pf_add .. pf_not): integers of any size; strings compare with
 * < > <= >= == !=; capabilities compare for equality only. Two deviations from the 2007 mkimage, each warned about:
 * its builtin table binds binary '-' to addition, and its lexer never produces '!=' (it reads '!' then '='), so a
 * module using either does not build there as it does here.
 */
final class Operators {
    private Operators() {
    }

    static Value unary(String op, Value v, Pos pos) {
        if (op.equals("!")) {
            return switch (v) {
                case Value.Int i -> Value.Int.of(i.value().signum() == 0);
                case Value.Str s -> Value.Int.ZERO;
                default -> throw bad("!", v, pos);
            };
        }
        if (v instanceof Value.Int i) {
            return new Value.Int(i.value().negate());
        }
        throw bad("-", v, pos);
    }

    static Value binary(String op, Value l, Value r, Pos pos, Warnings warnings) {
        if (l instanceof Value.Int a && r instanceof Value.Int b) {
            BigInteger x = a.value();
            BigInteger y = b.value();
            return switch (op) {
                case "+" -> new Value.Int(x.add(y));
                case "-" -> {
                    warnings.add(pos, "the 2007 mkimage computes a - b as a + b (builtin.cxx binds '-' to pf_add); "
                            + "this import subtracts, as the mkimage manual says");
                    yield new Value.Int(x.subtract(y));
                }
                case "*" -> new Value.Int(x.multiply(y));
                case "/" -> new Value.Int(x.divide(nonZero(y, pos)));
                case "%" -> new Value.Int(x.remainder(nonZero(y, pos)));
                default -> compare(op, x.compareTo(y), pos, warnings);
            };
        }
        if (l instanceof Value.Str a && r instanceof Value.Str b && !isArithmetic(op)) {
            return compare(op, Integer.signum(a.value().compareTo(b.value())), pos, warnings);
        }
        if (l instanceof Value.CapV a && r instanceof Value.CapV b && (op.equals("==") || op.equals("!="))) {
            return compare(op, a.cap().equals(b.cap()) ? 0 : 1, pos, warnings);
        }
        throw new MkiError(pos, "Inappropriate dynamic types to " + op + ": " + Value.describe(l) + " and "
                + Value.describe(r) + ".");
    }

    private static boolean isArithmetic(String op) {
        return op.equals("+") || op.equals("-") || op.equals("*") || op.equals("/") || op.equals("%");
    }

    private static Value compare(String op, int c, Pos pos, Warnings warnings) {
        return switch (op) {
            case "<" -> Value.Int.of(c < 0);
            case ">" -> Value.Int.of(c > 0);
            case "<=" -> Value.Int.of(c <= 0);
            case ">=" -> Value.Int.of(c >= 0);
            case "==" -> Value.Int.of(c == 0);
            case "!=" -> {
                warnings.add(pos, "the 2007 mkimage's lexer does not know '!=' (Lexer.cxx reads '!' and '='), so it "
                        + "rejects this line; write !(a == b) for a module both accept");
                yield Value.Int.of(c != 0);
            }
            default -> throw new IllegalArgumentException(op);
        };
    }

    private static BigInteger nonZero(BigInteger y, Pos pos) {
        if (y.signum() == 0) {
            throw new MkiError(pos, "Division by zero.");
        }
        return y;
    }

    private static MkiError bad(String op, Value v, Pos pos) {
        return new MkiError(pos, "Inappropriate dynamic type to unary " + op + ": " + Value.describe(v) + ".");
    }
}
