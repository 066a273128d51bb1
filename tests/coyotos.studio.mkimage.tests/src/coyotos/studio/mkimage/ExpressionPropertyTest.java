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
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random operator sequences (mkimage has no parentheses) evaluate as Parser.y's precedence table says, checked
 * against a precedence-climbing evaluator written from that table: == != lowest, then < > <= >=, then + - (unary
 * minus among them), then * / %, then ! (right), all binary operators left-associative.
 */
class ExpressionPropertyTest {
    private static final String[] BINARY = {"+", "-", "*", "/", "%", "<", ">", "<=", ">=", "=="};

    /** Prefixes before an operand: none (twice as likely), minus, not, and two of them as two tokens each. */
    private static final String[] PREFIXES = {"", "", "-", "!", "- -", "! -"};
    private static final int MAX_OPERAND = 30;

    /**
     * First every operator between 0 and 30 either side (division and remainder by zero among them), and every prefix
     * on both operands of every operator; then 300 expressions drawn from {@link GeneratedImages#SEED}: 1 to 8
     * operators, operands 0 to 30, each with a prefix.
     */
    static Stream<List<String>> operatorsFollowMkimagePrecedence() {
        List<List<String>> edges = new ArrayList<>();
        for (String op : BINARY) {
            for (int a : new int[] {0, MAX_OPERAND}) {
                for (int b : new int[] {0, MAX_OPERAND}) {
                    edges.add(List.of(String.valueOf(a), op, String.valueOf(b)));
                }
            }
            for (String p : PREFIXES) {
                if (p.isEmpty()) {
                    continue;
                }
                edges.add(expression(new String[] {p, p}, new int[] {MAX_OPERAND, 1}, new String[] {op}));
            }
        }
        Random r = new Random(GeneratedImages.SEED);
        return Stream.concat(edges.stream(), Stream.generate(() -> {
            int n = 1 + r.nextInt(8);
            String[] prefixes = new String[n + 1];
            int[] operands = new int[n + 1];
            String[] ops = new String[n];
            for (int i = 0; i <= n; i++) {
                prefixes[i] = PREFIXES[r.nextInt(PREFIXES.length)];
                operands[i] = r.nextInt(MAX_OPERAND + 1);
                if (i < n) {
                    ops[i] = BINARY[r.nextInt(BINARY.length)];
                }
            }
            return expression(prefixes, operands, ops);
        }).limit(300));
    }

    /** The tokens of prefixes[0] operands[0] ops[0] prefixes[1] operands[1] ...; a two-token prefix gives two tokens. */
    private static List<String> expression(String[] prefixes, int[] operands, String[] ops) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < operands.length; i++) {
            if (!prefixes[i].isEmpty()) {
                tokens.addAll(List.of(prefixes[i].split(" ")));
            }
            tokens.add(String.valueOf(operands[i]));
            if (i < ops.length) {
                tokens.add(ops[i]);
            }
        }
        return tokens;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void operatorsFollowMkimagePrecedence(List<String> tokens, @TempDir Path dir) throws IOException {
        String text = String.join(" ", tokens);
        BigInteger expected;
        try {
            expected = new Reference(tokens).parse();
        } catch (ArithmeticException divisionByZero) {
            expected = null;
        }
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
