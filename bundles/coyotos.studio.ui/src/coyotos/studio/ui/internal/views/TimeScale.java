package coyotos.studio.ui.internal.views;

import coyotos.studio.runs.TimeWindow;

/**
 * The Timeline's zoom and pan: which cycle the left edge shows and how many cycles a pixel covers, clamped
 * to the run. Kept apart from drawing so zoom/pan arithmetic lives in one place; the pixel arithmetic of the
 * resulting {@link TimeWindow} is the core's, which also answers what a lane shows through it.
 */
final class TimeScale {

    /** Deepest zoom: 40 pixels per cycle is enough to click single-cycle intervals. */
    private static final double MIN_CYCLES_PER_PIXEL = 1.0 / 40;

    private long end = 1;
    private int width = 1;
    private double start;
    private double cyclesPerPixel = 1;
    /** While fitted, a resize refits instead of keeping the zoom, as users expect of "show all". */
    private boolean fitted = true;

    void setEnd(long end) {
        this.end = Math.max(1, end);
        fit();
    }

    void setWidth(int pixels) {
        width = Math.max(1, pixels);
        if (fitted) {
            fit();
        } else {
            clamp();
        }
    }

    void fit() {
        fitted = true;
        start = 0;
        cyclesPerPixel = (double) end / width;
    }

    /** Zooms by factor (>1 = in) keeping the cycle under pixel {@code anchor} in place. */
    void zoom(double factor, int anchor) {
        double anchorCycle = start + anchor * cyclesPerPixel;
        double max = (double) end / width;
        cyclesPerPixel = Math.max(MIN_CYCLES_PER_PIXEL, Math.min(max, cyclesPerPixel / factor));
        fitted = cyclesPerPixel >= max;
        start = anchorCycle - anchor * cyclesPerPixel;
        clamp();
    }

    void panPixels(double pixels) {
        start += pixels * cyclesPerPixel;
        clamp();
    }

    void setStart(double cycle) {
        start = cycle;
        clamp();
    }

    private void clamp() {
        start = Math.max(0, Math.min(start, end - span()));
    }

    double start() {
        return start;
    }

    double span() {
        return cyclesPerPixel * width;
    }

    long end() {
        return end;
    }

    int width() {
        return width;
    }

    boolean fitted() {
        return fitted;
    }

    /** The window onto simulated time as it is now. */
    TimeWindow window() {
        return new TimeWindow(start, cyclesPerPixel, width);
    }

    /** Pixel offset of a cycle, clamped so far-off intervals cannot overflow SWT's int coordinates. */
    int x(double cycle) {
        return window().x(cycle);
    }

    double cycleAt(int x) {
        return window().cycleAt(x);
    }

    /** The first tick of a ruler whose ticks are {@code step} cycles apart. */
    long firstTick(long step) {
        return (long) Math.ceil(start / step) * step;
    }

    /** A 1-2-5 step between ruler ticks that keeps labels at least {@code minPixels} apart. */
    long tickStep(int minPixels) {
        double raw = Math.max(1, minPixels * cyclesPerPixel);
        long magnitude = 1;
        while (magnitude * 10 <= raw) {
            magnitude *= 10;
        }
        for (long m : new long[] { 1, 2, 5, 10 }) {
            if (m * magnitude >= raw) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
