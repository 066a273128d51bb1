package coyotos.studio.sim.debug;

import coyotos.studio.sim.memory.FaultCode;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The condition of a breakpoint: a small expression over the event that matched and its process, true or false,
 * as a Java or C condition reads ({@code address >= 0x10000 && process == "app"}). Numbers are decimal or 0x-hex,
 * strings are in double quotes, fault code names ({@code INVALID_DATA_REFERENCE}) are their Process.idl numbers.
 * Operators: {@code || && ! == != < <= > >= + - * / % & |} and parentheses. It is compiled once, when the breakpoint
 * is set, so a mistake is reported then, with where it is.
 */
public final class BreakpointCondition {

    /** The names a condition may use, with what they are; {@link Variables} gives their values. */
    public static final List<String> VARIABLES = List.of(
            "cycle: simulated time of the event",
            "position: the event's number in the run",
            "event: the event's kind, e.g. \"FAULT_RAISED\"",
            "process: name of the process the event concerns",
            "peer: name of the other process (handler, receiver), or \"\"",
            "address: the event's address (faults, touches), else its value",
            "code: the fault code of a fault event, else its detail",
            "faultCode, faultInfo: the process's fault code and fault info now",
            "state: the process's run state now, e.g. \"FAULTED\"",
            "hits: times the breakpoint matched before, its condition true");

    /** Values of the variables when a breakpoint's trigger matched. */
    public interface Variables {
        /** A Long or a String; null for a name that is not a variable. */
        Object value(String name);
    }

    private final String text;
    private final Function<Variables, Object> root;

    private BreakpointCondition(String text, Function<Variables, Object> root) {
        this.text = text;
        this.root = root;
    }

    /** @throws IllegalArgumentException naming the problem and its column */
    public static BreakpointCondition compile(String text) {
        Parser p = new Parser(text);
        Function<Variables, Object> e = p.or();
        p.skip();
        if (p.at < text.length()) {
            throw p.error("unexpected '" + text.substring(p.at, Math.min(text.length(), p.at + 8)) + "'");
        }
        return new BreakpointCondition(text, e);
    }

    public String text() {
        return text;
    }

    /** @throws IllegalArgumentException when a value has the wrong kind (a string where a number is needed) */
    public boolean test(Variables v) {
        return truth(root.apply(v));
    }

    private static boolean truth(Object o) {
        if (o instanceof Long l) {
            return l != 0;
        }
        throw new IllegalArgumentException("\"" + o + "\" is text, not true or false");
    }

    private static long number(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        throw new IllegalArgumentException("\"" + o + "\" is text, not a number");
    }

    private static Object bool(boolean b) {
        return b ? 1L : 0L;
    }

    /** Recursive descent over the grammar in the class comment, one method per precedence level. */
    private static final class Parser {
        private final String s;
        private int at;

        Parser(String s) {
            this.s = s;
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("condition, column " + (at + 1) + ": " + what);
        }

        void skip() {
            while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
                at++;
            }
        }

        /** Takes {@code op} if it is next, but never the first half of a longer operator. */
        boolean eat(String op) {
            skip();
            if (!s.startsWith(op, at)) {
                return false;
            }
            if (op.length() == 1 && at + 1 < s.length()) {
                char o = op.charAt(0);
                char next = s.charAt(at + 1);
                if ((o == '|' || o == '&') && next == o || (o == '<' || o == '>' || o == '!') && next == '=') {
                    return false;
                }
            }
            at += op.length();
            return true;
        }

        Function<Variables, Object> or() {
            Function<Variables, Object> l = and();
            while (eat("||")) {
                Function<Variables, Object> a = l, b = and();
                l = v -> bool(truth(a.apply(v)) || truth(b.apply(v)));
            }
            return l;
        }

        Function<Variables, Object> and() {
            Function<Variables, Object> l = not();
            while (eat("&&")) {
                Function<Variables, Object> a = l, b = not();
                l = v -> bool(truth(a.apply(v)) && truth(b.apply(v)));
            }
            return l;
        }

        Function<Variables, Object> not() {
            if (eat("!")) {
                Function<Variables, Object> e = not();
                return v -> bool(!truth(e.apply(v)));
            }
            return comparison();
        }

        Function<Variables, Object> comparison() {
            Function<Variables, Object> l = sum();
            for (String op : new String[] { "==", "!=", "<=", ">=", "<", ">" }) {
                if (eat(op)) {
                    Function<Variables, Object> r = sum();
                    return switch (op) {
                        case "==" -> v -> bool(l.apply(v).equals(r.apply(v)));
                        case "!=" -> v -> bool(!l.apply(v).equals(r.apply(v)));
                        case "<=" -> v -> bool(number(l.apply(v)) <= number(r.apply(v)));
                        case ">=" -> v -> bool(number(l.apply(v)) >= number(r.apply(v)));
                        case "<" -> v -> bool(number(l.apply(v)) < number(r.apply(v)));
                        default -> v -> bool(number(l.apply(v)) > number(r.apply(v)));
                    };
                }
            }
            return l;
        }

        Function<Variables, Object> sum() {
            Function<Variables, Object> l = product();
            while (true) {
                Function<Variables, Object> a = l;
                if (eat("+")) {
                    Function<Variables, Object> b = product();
                    l = v -> number(a.apply(v)) + number(b.apply(v));
                } else if (eat("-")) {
                    Function<Variables, Object> b = product();
                    l = v -> number(a.apply(v)) - number(b.apply(v));
                } else if (eat("&")) {
                    Function<Variables, Object> b = product();
                    l = v -> number(a.apply(v)) & number(b.apply(v));
                } else if (eat("|")) {
                    Function<Variables, Object> b = product();
                    l = v -> number(a.apply(v)) | number(b.apply(v));
                } else {
                    return l;
                }
            }
        }

        Function<Variables, Object> product() {
            Function<Variables, Object> l = unary();
            while (true) {
                Function<Variables, Object> a = l;
                if (eat("*")) {
                    Function<Variables, Object> b = unary();
                    l = v -> number(a.apply(v)) * number(b.apply(v));
                } else if (eat("/") || eat("%")) {
                    boolean div = s.charAt(at - 1) == '/';
                    Function<Variables, Object> b = unary();
                    l = v -> {
                        long d = number(b.apply(v));
                        if (d == 0) {
                            throw new IllegalArgumentException("division by zero");
                        }
                        return div ? number(a.apply(v)) / d : number(a.apply(v)) % d;
                    };
                } else {
                    return l;
                }
            }
        }

        Function<Variables, Object> unary() {
            if (eat("-")) {
                Function<Variables, Object> e = unary();
                return v -> -number(e.apply(v));
            }
            return primary();
        }

        Function<Variables, Object> primary() {
            skip();
            if (at >= s.length()) {
                throw error("the condition ends where a value is needed");
            }
            char c = s.charAt(at);
            if (eat("(")) {
                Function<Variables, Object> e = or();
                if (!eat(")")) {
                    throw error("')' expected");
                }
                return e;
            }
            if (c == '"') {
                int end = s.indexOf('"', at + 1);
                if (end < 0) {
                    throw error("the text has no closing '\"'");
                }
                String text = s.substring(at + 1, end);
                at = end + 1;
                return v -> text;
            }
            if (Character.isDigit(c)) {
                int start = at;
                while (at < s.length() && (Character.isLetterOrDigit(s.charAt(at)) || s.charAt(at) == '_')) {
                    at++;
                }
                String t = s.substring(start, at).replace("_", "").toLowerCase(Locale.ROOT);
                try {
                    long n = t.startsWith("0x") ? Long.parseUnsignedLong(t.substring(2), 16) : Long.parseLong(t);
                    return v -> n;
                } catch (NumberFormatException e) {
                    at = start;
                    throw error("'" + t + "' is not a number");
                }
            }
            if (Character.isJavaIdentifierStart(c)) {
                int start = at;
                while (at < s.length() && Character.isJavaIdentifierPart(s.charAt(at))) {
                    at++;
                }
                String name = s.substring(start, at);
                for (FaultCode f : FaultCode.values()) {
                    if (f.name().equals(name)) {
                        long code = f.code();
                        return v -> code;
                    }
                }
                if (VARIABLES.stream().noneMatch(d -> d.startsWith(name + ":") || d.startsWith(name + ","))) {
                    at = start;
                    throw error("'" + name + "' is not a variable; the variables are cycle, position, event, "
                            + "process, peer, address, code, faultCode, faultInfo, state and hits");
                }
                return v -> {
                    Object value = v.value(name);
                    if (value == null) {
                        throw new IllegalArgumentException("'" + name + "' has no value here");
                    }
                    return value;
                };
            }
            throw error("unexpected '" + c + "'");
        }
    }
}
