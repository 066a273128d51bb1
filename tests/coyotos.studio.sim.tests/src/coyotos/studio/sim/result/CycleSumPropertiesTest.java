package coyotos.studio.sim.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Cycle sums never wrap: they are exact below Long.MAX_VALUE and saturate at it. */
class CycleSumPropertiesTest {

    @Property(tries = 1000)
    void addIsExactOrSaturated(@ForAll @LongRange(min = 0) long a, @ForAll @LongRange(min = 0) long b) {
        BigInteger exact = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
        long expected = exact.bitLength() < 64 ? exact.longValueExact() : Long.MAX_VALUE;
        assertEquals(expected, CategoryCycles.add(a, b));
    }

    @Property(tries = 300)
    void totalsNeverGoNegative(@ForAll @LongRange(min = 0) long a, @ForAll @LongRange(min = 0) long b,
            @ForAll @LongRange(min = 0) long c) {
        long[] values = new long[CostCategory.COUNT];
        values[0] = a;
        values[1] = b;
        values[CostCategory.COUNT - 1] = c;
        long t = new CategoryCycles(values).total();
        assertEquals(CategoryCycles.add(CategoryCycles.add(a, b), c), t);
    }
}
