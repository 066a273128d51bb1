package coyotos.studio.mkimage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random operator sequences (mkimage has no parentheses) evaluate as Parser.y's precedence table says, checked
 * against a precedence-climbing evaluator written from that table: == != lowest, then < > <= >=, then + - (unary
 * minus among them), then * / %, then ! (right), all binary operators left-associative.
 */
class ExpressionPropertyTest {
    private static final String[] BINARY = {"+", "-", "*", "/", "%", "<", ">", "<=", ">=", "=="};

    @Provide
    Arbitrary<List<String>> expressions() {
        Arbitrary<String> operand = Arbitraries.integers().between(0, 30).map(String::valueOf);
        Arbitrary<String> prefix = Arbitraries.of("", "", "-", "!", "- -", "! -");
        Arbitrary<String> op = Arbitraries.of(BINARY);
        return Arbitraries.integers().between(1, 8).flatMap(n -> Arbitraries.just(n)).flatMap(n ->
                prefix.list().ofSize(n + 1).flatMap(ps -> operand.list().ofSize(n + 1).flatMap(os -> op.list().ofSize(n)
                        .map(bs -> {
                            List<String> tokens = new ArrayList<>();
                            for (int i = 0; i <= n; i++) {
                                if (!ps.get(i).isEmpty()) {
                                    tokens.addAll(List.of(ps.get(i).split(" ")));
                                }
                                tokens.add(os.get(i));
                                if (i < n) {
                                    tokens.add(bs.get(i));
                                }
                            }
                            return tokens;
                        }))));
    }

    @Property(tries = 300)
    void operatorsFollowMkimagePrecedence(@ForAll("expressions") List<String> tokens) throws IOException {
        String text = String.join(" ", tokens);
        BigInteger expected;
        try {
            expected = new Reference(tokens).parse();
        } catch (ArithmeticException divisionByZero) {
            expected = null;
        }
        Path dir = Files.createTempDirectory("mki-expr");
        Path file = dir.resolve("expr.mki");
        Files.writeString(file, "module expr {\n  print " + text + ";\n}\n");
        MkiImport.Result r = MkiImport.run(file, MkiImport.Options.defaults(), () -> false);
        if (expected == null) {
            assertFalse(r.ok(), text);
            assertTrue(r.errors().get(0).message().contains("Division by zero"), r.errors().toString());
        } else {
            assertTrue(r.ok(), text + " " + r.problems());
            assertEquals(expected + "\n", r.output(), text);
        }
    }

    /** Precedence climbing over Parser.y's table. */
    private static final class Reference {
        private final List<String> t;
        private int i;

        Reference(List<String> tokens) {
            this.t = tokens;
        }

        BigInteger parse() {
            BigInteger v = level(0);
            if (i != t.size()) {
                throw new IllegalStateException("left over at " + i);
            }
            return v;
        }

        private static int precedence(String op) {
            return switch (op) {
                case "==", "!=" -> 0;
                case "<", ">", "<=", ">=" -> 1;
                case "+", "-" -> 2;
                default -> 3;
            };
        }

        /** Binary operators of precedence >= min, left-associative. */
        private BigInteger level(int min) {
            BigInteger left = unary();
            while (i < t.size() && precedence(t.get(i)) >= min) {
                String op = t.get(i++);
                BigInteger right = level(precedence(op) + 1);
                left = apply(op, left, right);
            }
            return left;
        }

        /** '!' binds tighter than '*'; unary '-' takes the additive level, so it covers a following product. */
        private BigInteger unary() {
            String tok = t.get(i++);
            if (tok.equals("-")) {
                return level(3).negate();
            }
            if (tok.equals("!")) {
                return unary().signum() == 0 ? BigInteger.ONE : BigInteger.ZERO;
            }
            return new BigInteger(tok);
        }

        private static BigInteger apply(String op, BigInteger a, BigInteger b) {
            return switch (op) {
                case "+" -> a.add(b);
                case "-" -> a.subtract(b);
                case "*" -> a.multiply(b);
                case "/" -> a.divide(b);
                case "%" -> a.remainder(b);
                case "<" -> bool(a.compareTo(b) < 0);
                case ">" -> bool(a.compareTo(b) > 0);
                case "<=" -> bool(a.compareTo(b) <= 0);
                case ">=" -> bool(a.compareTo(b) >= 0);
                default -> bool(a.equals(b));
            };
        }

        private static BigInteger bool(boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
    }
}
