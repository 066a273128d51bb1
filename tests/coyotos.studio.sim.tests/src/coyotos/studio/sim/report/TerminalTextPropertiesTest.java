package coyotos.studio.sim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a model names its elements, what reaches the terminal carries no control character. */
class TerminalTextPropertiesTest {

    @Provide
    Arbitrary<String> hostileNames() {
        Arbitrary<Character> controls = Arbitraries.of('\u001b', '\u0007', '\r', '\n', '\b', '\u009b', '\u0085',
                '\u007f', '\u202e', '\u2066', '\ud800', '\udfff');
        Arbitrary<Character> text = Arbitraries.chars().all();
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, controls), net.jqwik.api.Tuple.of(3, text))
                .list().ofMaxSize(40).map(cs -> {
                    StringBuilder sb = new StringBuilder();
                    cs.forEach(sb::append);
                    return sb.toString();
                });
    }

    @Property(tries = 1000)
    void escapedTextHasNoControls(@ForAll("hostileNames") String name) {
        String e = TerminalText.escape(name);
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            assertFalse(c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= '\u202a' && c <= '\u202e')
                    || (c >= '\u2066' && c <= '\u2069'), "control " + (int) c + " left in " + e);
            if (Character.isHighSurrogate(c)) {
                assertTrue(i + 1 < e.length() && Character.isLowSurrogate(e.charAt(i + 1)), "lone surrogate in " + e);
            }
        }
    }

    @Property(tries = 500)
    void printableTextIsKept(@ForAll("printable") String name) {
        assertEquals(name, TerminalText.escape(name));
    }

    @Provide
    Arbitrary<String> printable() {
        return Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00a0', '\u024f').ofMaxLength(40);
    }

    @Example
    void anEscapeSequenceIsShownNotObeyed() {
        assertEquals("evil\\x1b[2Jname\\x9b", TerminalText.escape("evil\u001b[2Jname\u009b"));
    }
}
