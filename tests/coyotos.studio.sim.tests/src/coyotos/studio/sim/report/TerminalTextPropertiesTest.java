package coyotos.studio.sim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.fixtures.PropertyInputs;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever a model names its elements, what reaches the terminal carries no control character. */
class TerminalTextPropertiesTest {
    /** The characters a terminal obeys, one of each kind: ESC, BEL, CR, LF, BS, CSI, NEL, DEL, RLO, LRI, surrogates. */
    private static final char[] CONTROLS = {'\u001b', '\u0007', '\r', '\n', '\b', '\u009b', '\u0085', '\u007f', '\u202e',
        '\u2066', '\ud800', '\udfff'};

    /** A name as a Java string literal, every character outside printable ASCII escaped: the case, reproducible. */
    private static Named<String> named(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.chars().forEach(c -> sb.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? Character.toString(c)
                : String.format("\\u%04x", c)));
        return Named.of(sb.append('"').toString(), s);
    }

    /** Up to 40 characters, each a control (one in four) or any UTF-16 unit. */
    private static String hostileName(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int n = r.nextInt(41); n > 0; n--) {
            sb.append(r.nextInt(4) == 0 ? CONTROLS[r.nextInt(CONTROLS.length)] : (char) r.nextInt(Character.MAX_VALUE + 1));
        }
        return sb.toString();
    }

    /**
     * The empty name; every character the escape must catch, alone and inside text (C0, DEL and C1, the bidirectional
     * marks, embeddings, overrides and isolates); surrogates alone, reversed, at either end and as a valid pair; then
     * 1,000 drawn names.
     */
    static Stream<Named<String>> escapedTextHasNoControls() {
        IntStream unsafe = IntStream.concat(IntStream.concat(IntStream.range(0, 0x20), IntStream.rangeClosed(0x7f, 0x9f)),
                IntStream.of(0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069));
        Stream<String> edges = Stream.concat(Stream.of(""),
                unsafe.boxed().flatMap(c -> Stream.of(Character.toString(c), "a" + Character.toString(c) + "b")));
        Stream<String> surrogates = Stream.of("\ud800", "\udfff", "a\ud800", "\udfffa", "\udc00\ud800", "\ud800\ud800\udc00",
                "\ud83d\ude00", "\ud83d\ude00\udfff");
        Random r = PropertyInputs.random();
        return Stream.of(edges, surrogates, Stream.generate(() -> hostileName(r)).limit(1000)).flatMap(s -> s)
                .map(TerminalTextPropertiesTest::named);
    }

    @ParameterizedTest
    @MethodSource
    void escapedTextHasNoControls(String name) {
        String e = TerminalText.escape(name);
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            assertFalse(c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u061c' || c == '\u200e' || c == '\u200f'
                    || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069'),
                    "control " + (int) c + " left in " + named(e));
            if (Character.isHighSurrogate(c)) {
                assertTrue(i + 1 < e.length() && Character.isLowSurrogate(e.charAt(i + 1)), "lone surrogate in " + named(e));
            }
            if (Character.isLowSurrogate(c)) {
                assertTrue(i > 0 && Character.isHighSurrogate(e.charAt(i - 1)), "lone surrogate in " + named(e));
            }
        }
    }

    /** Up to 40 characters of printable ASCII and Latin (U+00A0..U+024F). */
    private static String printableName(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int n = r.nextInt(41); n > 0; n--) {
            int i = r.nextInt(('~' - ' ' + 1) + (0x024f - 0x00a0 + 1));
            sb.append((char) (i <= '~' - ' ' ? ' ' + i : 0x00a0 + i - ('~' - ' ' + 1)));
        }
        return sb.toString();
    }

    /** The empty name, each end of both ranges alone, every character of both ranges in one name; 500 drawn names. */
    static Stream<Named<String>> printableTextIsKept() {
        StringBuilder all = new StringBuilder();
        IntStream.concat(IntStream.rangeClosed(' ', '~'), IntStream.rangeClosed(0x00a0, 0x024f)).forEach(all::appendCodePoint);
        Random r = PropertyInputs.random();
        return Stream.concat(Stream.of("", " ", "~", "\u00a0", "\u024f", all.toString()),
                Stream.generate(() -> printableName(r)).limit(500)).map(TerminalTextPropertiesTest::named);
    }

    @ParameterizedTest
    @MethodSource
    void printableTextIsKept(String name) {
        assertEquals(name, TerminalText.escape(name), () -> "escaping " + named(name));
    }

    @Test
    void anEscapeSequenceIsShownNotObeyed() {
        assertEquals("evil\\x1b[2Jname\\x9b", TerminalText.escape("evil\u001b[2Jname\u009b"));
    }
}
