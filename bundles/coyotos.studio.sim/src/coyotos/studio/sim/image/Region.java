package coyotos.studio.sim.image;

/** A virtual address range [start, start+length). */
public record Region(long start, long length) {
    public Region {
        if (length < 0) {
            throw new IllegalArgumentException("negative length");
        }
    }

    public boolean contains(long va) {
        return Long.compareUnsigned(va - start, length) < 0;
    }

    public long pages() {
        return (length + Page.SIZE - 1) / Page.SIZE;
    }
}
