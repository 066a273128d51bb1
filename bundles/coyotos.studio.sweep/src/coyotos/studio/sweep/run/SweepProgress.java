package coyotos.studio.sweep.run;

import coyotos.studio.sweep.result.PointResult;

/**
 * Told after every point, from the worker thread that ran it (one call at a time). A UI job turns this into
 * "runs done / total" with the time left from {@link #remainingNanos}.
 */
@FunctionalInterface
public interface SweepProgress {
    SweepProgress NONE = (p, done, total, elapsed) -> {
    };

    void pointDone(PointResult point, long done, long total, long elapsedNanos);

    /** Time left if the remaining points take as long as the finished ones did; -1 before the first is done. */
    static long remainingNanos(long done, long total, long elapsedNanos) {
        if (done <= 0) {
            return -1;
        }
        return (long) ((double) elapsedNanos / done * (total - done));
    }

    /** "3 min 20 s", "45 s", "< 1 s": for a progress line. */
    static String duration(long nanos) {
        if (nanos < 0) {
            return "estimating";
        }
        long s = Math.round(nanos / 1e9);
        if (s < 1) {
            return "< 1 s";
        }
        if (s < 60) {
            return s + " s";
        }
        long m = s / 60;
        return m < 60 ? m + " min " + s % 60 + " s" : m / 60 + " h " + m % 60 + " min";
    }
}
