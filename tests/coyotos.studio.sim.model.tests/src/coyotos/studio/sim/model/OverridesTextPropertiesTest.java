package coyotos.studio.sim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.fixtures.PropertyInputs;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The numbers of a launch configuration and of the CLI's options are read one way: decimal or 0x hexadecimal. */
class OverridesTextPropertiesTest {

    /** Numbers of [min, max]: its edges, then {@code drawn} numbers spread over every magnitude. */
    private static LongStream numbers(long min, long max, int drawn) {
        Random r = PropertyInputs.random();
        return LongStream.concat(PropertyInputs.edges(min, max),
                LongStream.generate(() -> PropertyInputs.between(r, min, max)).limit(drawn));
    }

    /** Every edge long with 0 to 5 leading zeros, then 500 drawn longs with a drawn count of zeros. */
    static Stream<Arguments> leadingZerosAreDecimal() {
        Stream<Arguments> edges = PropertyInputs.edges(Long.MIN_VALUE, Long.MAX_VALUE).boxed()
                .flatMap(seed -> IntStream.rangeClosed(0, 5).mapToObj(zeros -> Arguments.of(seed, zeros)));
        Random r = PropertyInputs.random();
        Stream<Arguments> drawn = Stream.generate(
                () -> Arguments.of(PropertyInputs.between(r, Long.MIN_VALUE, Long.MAX_VALUE), r.nextInt(6))).limit(500);
        return Stream.concat(edges, drawn);
    }

    @ParameterizedTest
    @MethodSource
    void leadingZerosAreDecimal(long seed, int zeros) {
        String digits = Long.toString(seed).substring(seed < 0 ? 1 : 0);
        String text = (seed < 0 ? "-" : "") + "0".repeat(zeros) + digits;
        assertEquals(seed, SimulationOverrides.number("Seed", text, false), text);
    }

    static LongStream hexAndGroupedDigits() {
        return numbers(1, Long.MAX_VALUE, 300);
    }

    @ParameterizedTest
    @MethodSource
    void hexAndGroupedDigits(long v) {
        String hex = "0x" + Long.toHexString(v);
        assertEquals(v, SimulationOverrides.number("Max events", hex, true), hex);
        String grouped = String.format(Locale.ROOT, "%,d", v).replace(',', '_');
        assertEquals(v, SimulationOverrides.number("Max events", grouped, true), grouped);
    }

    static LongStream limitsMustBePositive() {
        return numbers(Long.MIN_VALUE, 0, 200);
    }

    @ParameterizedTest
    @MethodSource
    void limitsMustBePositive(long v) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SimulationOverrides.fromText("", "", Long.toString(v), "", ""), () -> "Max cycles " + v);
        assertTrue(e.getMessage().startsWith("Max cycles must be greater than 0"), e.getMessage());
    }

    @Test
    void seedZeroTenIsTen() {
        assertEquals(10L, SimulationOverrides.fromText(null, "010", null, null, null).seed());
        assertEquals(SimulationOverrides.NONE, SimulationOverrides.fromText(" ", "", "", " ", ""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SimulationOverrides.fromText("", "ten", "", "", ""));
        assertEquals("Seed 'ten' is not a whole number (decimal, or hexadecimal with 0x).", e.getMessage());
    }
}
