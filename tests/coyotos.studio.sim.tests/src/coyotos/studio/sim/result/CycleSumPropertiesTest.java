package coyotos.studio.sim.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.fixtures.PropertyInputs;
import java.math.BigInteger;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Cycle sums never wrap: they are exact below Long.MAX_VALUE and saturate at it. */
class CycleSumPropertiesTest {

    /** Cycle counts from 0 to Long.MAX_VALUE, spread over every magnitude. */
    private static long count(Random r) {
        return PropertyInputs.between(r, 0, Long.MAX_VALUE);
    }

    /**
     * Every pair of the edge counts and of the halves of Long.MAX_VALUE (exact by one cycle, or over by one), then
     * 1,000 drawn pairs; a third of them straddle the overflow (b within 2 of Long.MAX_VALUE - a).
     */
    static Stream<Arguments> addIsExactOrSaturated() {
        long[] e = LongStream.concat(PropertyInputs.edges(0, Long.MAX_VALUE),
                LongStream.of(Long.MAX_VALUE / 2, Long.MAX_VALUE / 2 + 1)).toArray();
        Stream<Arguments> edges = LongStream.of(e).boxed().flatMap(a -> LongStream.of(e).mapToObj(b -> Arguments.of(a, b)));
        Random r = PropertyInputs.random();
        Stream<Arguments> drawn = Stream.generate(() -> {
            long a = count(r);
            long b = r.nextInt(3) == 0 ? Math.max(0, Long.MAX_VALUE - a + r.nextInt(-2, 3)) : count(r);
            return Arguments.of(a, b);
        }).limit(1000);
        return Stream.concat(edges, drawn);
    }

    @ParameterizedTest
    @MethodSource
    void addIsExactOrSaturated(long a, long b) {
        BigInteger exact = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
        long expected = exact.bitLength() < 64 ? exact.longValueExact() : Long.MAX_VALUE;
        assertEquals(expected, CategoryCycles.add(a, b), () -> "add(" + a + ", " + b + ")");
    }

    /** Every triple of 0, 1 and Long.MAX_VALUE, then 300 drawn triples. */
    static Stream<Arguments> totalsNeverGoNegative() {
        long[] e = {0, 1, Long.MAX_VALUE};
        Stream<Arguments> edges = LongStream.of(e).boxed().flatMap(a -> LongStream.of(e).boxed()
                .flatMap(b -> LongStream.of(e).mapToObj(c -> Arguments.of(a, b, c))));
        Random r = PropertyInputs.random();
        return Stream.concat(edges, Stream.generate(() -> Arguments.of(count(r), count(r), count(r))).limit(300));
    }

    @ParameterizedTest
    @MethodSource
    void totalsNeverGoNegative(long a, long b, long c) {
        long[] values = new long[CostCategory.COUNT];
        values[0] = a;
        values[1] = b;
        values[CostCategory.COUNT - 1] = c;
        long t = new CategoryCycles(values).total();
        assertEquals(CategoryCycles.add(CategoryCycles.add(a, b), c), t, () -> "total of " + a + ", " + b + ", " + c);
        assertTrue(t >= 0, () -> "total of " + a + ", " + b + ", " + c + " is " + t);
    }
}
