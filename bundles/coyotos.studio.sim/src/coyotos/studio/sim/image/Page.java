package coyotos.studio.sim.image;

import java.util.Arrays;
import java.util.Objects;

/**
 * A data page (4 KiB on IA-32). {@code contents} are the bytes a program sees from offset 0 (a loaded program's
 * text and data, an mkimage page); null or shorter than a page means the rest is zero. Workloads never read
 * contents; programs do (see {@code coyotos.studio.sim.memory.MemoryStore}).
 */
public record Page(String id, byte[] contents) {
    public static final int SIZE = 4096;
    public static final int L2_SIZE = 12;

    public Page {
        Objects.requireNonNull(id, "id");
        if (contents != null && contents.length > SIZE) {
            throw new IllegalArgumentException("page " + id + " has " + contents.length + " bytes of contents; a page "
                    + "holds " + SIZE);
        }
        contents = contents == null ? null : contents.clone();
    }

    /** A page whose contents are zero. */
    public Page(String id) {
        this(id, null);
    }

    /** A copy of the contents (never null; zero-filled to a full page). */
    public byte[] bytes() {
        byte[] b = new byte[SIZE];
        if (contents != null) {
            System.arraycopy(contents, 0, b, 0, contents.length);
        }
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Page p && id.equals(p.id) && Arrays.equals(contents, p.contents);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + Arrays.hashCode(contents);
    }

    @Override
    public String toString() {
        return "Page[" + id + (contents == null ? "" : ", " + contents.length + " bytes") + "]";
    }
}
