package coyotos.studio.sim.result;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Immutable cycles per {@link CostCategory}. Cycle counts never wrap: sums saturate at {@link Long#MAX_VALUE},
 * so a run that overflows reads as "at least this much" and still reaches its cycle limit.
 */
public final class CategoryCycles {
    private final long[] cycles;

    public CategoryCycles(long[] cycles) {
        if (cycles.length != CostCategory.COUNT) {
            throw new IllegalArgumentException("one value per category");
        }
        this.cycles = cycles.clone();
    }

    public long get(CostCategory c) {
        return cycles[c.ordinal()];
    }

    public long total() {
        long t = 0;
        for (long c : cycles) {
            t = add(t, c);
        }
        return t;
    }

    /** {@code a + b} for non-negative cycle counts, saturating at {@link Long#MAX_VALUE} instead of wrapping. */
    public static long add(long a, long b) {
        long s = a + b;
        return ((a ^ s) & (b ^ s)) < 0 ? (s < 0 ? Long.MAX_VALUE : Long.MIN_VALUE) : s;
    }

    /** Everything except USER: the price of the system structure. */
    public long overhead() {
        return total() - get(CostCategory.USER);
    }

    public double share(CostCategory c) {
        long t = total();
        return t == 0 ? 0 : (double) get(c) / t;
    }

    public Map<CostCategory, Long> asMap() {
        Map<CostCategory, Long> m = new EnumMap<>(CostCategory.class);
        for (CostCategory c : CostCategory.values()) {
            m.put(c, cycles[c.ordinal()]);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CategoryCycles cc && Arrays.equals(cycles, cc.cycles);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(cycles);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
