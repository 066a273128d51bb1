package coyotos.studio.mkimage.internal.export;

/** Integer literals as mkimage reads them: decimal below 10, else hexadecimal (always unsigned). */
final class Numbers {
    private Numbers() {
    }

    static String hex(long v) {
        return v >= 0 && v < 10 ? Long.toString(v) : "0x" + Long.toHexString(v);
    }

    static String dec(long v) {
        return v >= 0 ? Long.toString(v) : Long.toUnsignedString(v);
    }
}
