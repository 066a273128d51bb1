package coyotos.studio.sim.result;

/**
 * Fault latencies (cycles from raise to the faulting process running again) in log-linear buckets: 16
 * sub-buckets per power of two, so percentiles are exact to within ~6 %. Fixed memory, no allocation per
 * sample.
 */
public final class LatencyHistogram {
    private static final int SUB = 16;
    private final long[] buckets = new long[64 * SUB];
    private long count;
    private long sum;
    private long min = Long.MAX_VALUE;
    private long max;

    private static int bucket(long v) {
        if (v < SUB) {
            return (int) v;
        }
        int exp = 63 - Long.numberOfLeadingZeros(v);
        int sub = (int) ((v >>> (exp - 4)) & (SUB - 1));
        return (exp - 3) * SUB + sub;
    }

    private static long lowerBound(int b) {
        if (b < SUB) {
            return b;
        }
        int exp = b / SUB + 3;
        int sub = b % SUB;
        return (1L << exp) | ((long) sub << (exp - 4));
    }

    public void record(long v) {
        if (v < 0) {
            v = 0;
        }
        buckets[bucket(v)]++;
        count++;
        sum += v;
        min = Math.min(min, v);
        max = Math.max(max, v);
    }

    public long count() { return count; }
    public long min() { return count == 0 ? 0 : min; }
    public long max() { return max; }

    public double mean() {
        return count == 0 ? 0 : (double) sum / count;
    }

    /** Lower bound of the bucket holding the p-th percentile (0 < p <= 100). */
    public long percentile(double p) {
        if (count == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(p / 100.0 * count));
        long seen = 0;
        for (int b = 0; b < buckets.length; b++) {
            seen += buckets[b];
            if (seen >= rank) {
                return Math.min(Math.max(lowerBound(b), min()), max);
            }
        }
        return max;
    }

    /** Non-empty buckets as [lowerBound, count] pairs, for plotting. */
    public long[][] nonEmptyBuckets() {
        int n = 0;
        for (long c : buckets) {
            if (c != 0) n++;
        }
        long[][] out = new long[n][];
        int i = 0;
        for (int b = 0; b < buckets.length; b++) {
            if (buckets[b] != 0) {
                out[i++] = new long[] {lowerBound(b), buckets[b]};
            }
        }
        return out;
    }
}
