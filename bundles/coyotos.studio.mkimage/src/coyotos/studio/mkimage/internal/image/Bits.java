package coyotos.studio.mkimage.internal.image;

/** Address arithmetic that is defined for shifts of 64 (libcoyimage CoySpace.cxx lowbits/hibits). */
public final class Bits {
    private Bits() {
    }

    /** {@code v} with bits {@code bit} and up cleared. */
    public static long low(long v, int bit) {
        return bit >= 64 ? v : v & ((1L << bit) - 1);
    }

    /** {@code v} with bits below {@code bit} cleared. */
    public static long high(long v, int bit) {
        return bit >= 64 ? 0 : v & ~((1L << bit) - 1);
    }

    /** Bits {@code bit} and up of {@code v}, shifted down. */
    public static long shiftDown(long v, int bit) {
        return bit >= 64 ? 0 : v >>> bit;
    }

    public static long shiftUp(long v, int bit) {
        return bit >= 64 ? 0 : v << bit;
    }

    /** The smallest number of bits that holds {@code off}, at least a page (CoyImage::l2offset). */
    public static int l2offset(long off) {
        int sz = 64 - Long.numberOfLeadingZeros(off);
        return Math.max(sz, Cap.PAGE_L2V);
    }

    public static int roundUp(int a, int b) {
        return ((a + b - 1) / b) * b;
    }

    public static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }
}
