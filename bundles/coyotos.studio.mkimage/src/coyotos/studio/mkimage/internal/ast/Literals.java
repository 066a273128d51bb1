package coyotos.studio.mkimage.internal.ast;

import java.math.BigInteger;

/**
 * Integer and string literals as mkimage reads them (ccs/mkimage/Lexer.cxx, Value.cxx; manual "Literals"):
 * a leading 0 means octal, 0x hexadecimal, and a digit not below its base is an error; strings take the escapes
 * \n \r \t \b \s \f \" \\ and \{U+hex}, and no non-printing character but the space.
 */
final class Literals {

    /** Thrown with the column offset (from the token start) of what is wrong. */
    static final class BadLiteral extends Exception {
        final int offset;

        BadLiteral(String message, int offset) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    private Literals() {
    }

    static BigInteger integer(String text) throws BadLiteral {
        int base = 10;
        int start = 0;
        if (text.length() > 1 && text.charAt(0) == '0') {
            if (text.charAt(1) == 'x' || text.charAt(1) == 'X') {
                base = 16;
                start = 2;
                if (text.length() == 2) {
                    throw new BadLiteral("'0x' must be followed by hexadecimal digits", 0);
                }
            } else {
                base = 8;
                start = 1;
            }
        }
        for (int i = start; i < text.length(); i++) {
            int d = Character.digit(text.charAt(i), 16);
            if (d < 0 || d >= base) {
                String kind = base == 8 ? "octal (it starts with 0)" : base == 16 ? "hexadecimal" : "decimal";
                throw new BadLiteral("'" + text.charAt(i) + "' is not a digit of the " + kind + " number " + text, i);
            }
        }
        return new BigInteger(text.substring(start), base);
    }

    /** The value of a string token (with its quotes). */
    static String string(String token) throws BadLiteral {
        StringBuilder out = new StringBuilder();
        int end = token.length() - 1;
        for (int i = 1; i < end; ) {
            int c = token.codePointAt(i);
            if (c == '\\') {
                char e = token.charAt(i + 1);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 's' -> out.append(' ');
                    case 'f' -> out.append('\f');
                    case '"' -> out.append('"');
                    case '\\' -> out.append('\\');
                    case '{' -> {
                        int close = token.indexOf('}', i);
                        if (!token.startsWith("{U+", i + 1) || close < 0 || close == i + 4
                                || !token.substring(i + 4, close).chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
                            throw new BadLiteral("a \\{ escape must be \\{U+hex digits}", i);
                        }
                        int cp;
                        try {
                            cp = Integer.parseInt(token.substring(i + 4, close), 16);
                        } catch (NumberFormatException x) {
                            cp = -1;
                        }
                        if (cp < 0 || cp > Character.MAX_CODE_POINT) {
                            throw new BadLiteral("\\{U+" + token.substring(i + 4, close) + "} is not a Unicode code point", i);
                        }
                        out.appendCodePoint(cp);
                        i = close + 1;
                        continue;
                    }
                    default -> throw new BadLiteral("unknown escape '\\" + e + "' (mkimage knows \\n \\r \\t \\b \\s \\f \\\" \\\\ and \\{U+hex})", i);
                }
                i += 2;
                continue;
            }
            if (c != ' ' && !printable(c)) {
                throw new BadLiteral("a string may not hold the non-printing character U+"
                        + String.format("%04X", c) + (c == '\n' ? " (a line break: strings end on their line)" : ""), i);
            }
            out.appendCodePoint(c);
            i += Character.charCount(c);
        }
        return out.toString();
    }

    private static boolean printable(int c) {
        int type = Character.getType(c);
        return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && type != Character.CONTROL
                && type != Character.FORMAT && type != Character.SURROGATE && type != Character.UNASSIGNED;
    }
}
