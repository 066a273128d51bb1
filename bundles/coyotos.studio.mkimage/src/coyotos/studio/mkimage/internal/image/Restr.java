package coyotos.studio.mkimage.internal.image;

/**
 * Restriction bits of a capability in the kernel's encoding (sys/obstore/capability.h): WK 0x01, RO 0x02,
 * NX 0x04, OP 0x08, NC 0x10; on physical page capabilities 0x08 means cache-disabled (CD) instead of opaque.
 */
public final class Restr {
    public static final int WK = 0x01;
    public static final int RO = 0x02;
    public static final int NX = 0x04;
    public static final int OP = 0x08;
    public static final int NC = 0x10;
    public static final int CD = 0x08;

    private Restr() {
    }
}
