package coyotos.studio.sim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The numbers of a launch configuration and of the CLI's options are read one way: decimal or 0x hexadecimal. */
class OverridesTextPropertiesTest {

    @Property(tries = 500)
    void leadingZerosAreDecimal(@ForAll long seed, @ForAll @IntRange(min = 0, max = 5) int zeros) {
        String digits = Long.toString(Math.abs(seed == Long.MIN_VALUE ? 0 : seed));
        String text = (seed < 0 ? "-" : "") + "0".repeat(zeros) + digits;
        assertEquals(seed == Long.MIN_VALUE ? 0 : seed, SimulationOverrides.number("Seed", text, false));
    }

    @Property(tries = 300)
    void hexAndGroupedDigits(@ForAll @LongRange(min = 1) long v) {
        assertEquals(v, SimulationOverrides.number("Max events", "0x" + Long.toHexString(v), true));
        String grouped = String.format("%,d", v).replace(',', '_');
        assertEquals(v, SimulationOverrides.number("Max events", grouped, true));
    }

    @Property(tries = 200)
    void limitsMustBePositive(@ForAll @LongRange(max = 0) long v) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SimulationOverrides.fromText("", "", Long.toString(v), "", ""));
        assertTrue(e.getMessage().startsWith("Max cycles must be greater than 0"), e.getMessage());
    }

    @Example
    void seedZeroTenIsTen() {
        assertEquals(10L, SimulationOverrides.fromText(null, "010", null, null, null).seed());
        assertEquals(SimulationOverrides.NONE, SimulationOverrides.fromText(" ", "", "", " ", ""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SimulationOverrides.fromText("", "ten", "", "", ""));
        assertEquals("Seed 'ten' is not a whole number (decimal, or hexadecimal with 0x).", e.getMessage());
    }
}
