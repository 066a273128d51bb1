package coyotos.studio.runs;

/**
 * A window onto simulated time as the Timeline draws it: the cycle at its left edge, how many cycles a pixel
 * covers and how many pixels wide it is. Pixel arithmetic lives here so the visible-interval query
 * ({@link ProcessTimeline#bars}) and hit testing agree on every pixel.
 */
public record TimeWindow(double start, double cyclesPerPixel, int width) {

    public TimeWindow {
        if (!(cyclesPerPixel > 0) || width < 1) {
            throw new IllegalArgumentException("a window needs a positive scale and width: " + cyclesPerPixel
                    + " cycles per pixel, " + width + " pixels");
        }
    }

    /** The cycle at the right edge. */
    public double end() {
        return start + cyclesPerPixel * width;
    }

    /** Pixel offset of a cycle, clamped so far-off intervals cannot overflow the toolkit's int coordinates. */
    public int x(double cycle) {
        double x = (cycle - start) / cyclesPerPixel;
        return (int) Math.round(Math.max(-10, Math.min(width + 10, x)));
    }

    /** The cycle under a pixel offset. */
    public double cycleAt(int x) {
        return start + x * cyclesPerPixel;
    }
}
