package coyotos.studio.sim.image;

/** A data page (4 KiB on IA-32). Contents are not simulated, only translation and cost. */
public record Page(String id) {
    public static final int SIZE = 4096;
    public static final int L2_SIZE = 12;
}
