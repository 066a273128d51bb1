package coyotos.studio.mkimage.internal.image;

import coyotos.studio.mkimage.internal.ast.Pos;

/** A data page; its bytes are allocated on the first write (an untouched page reads as zeros). */
public final class Page extends ImageObject {
    public static final int SIZE = 4096;
    private byte[] data;

    Page(long oid, Bank bank, Pos origin) {
        super(oid, bank, origin);
    }

    public int get(int index) {
        return data == null ? 0 : data[index] & 0xff;
    }

    public void set(int index, int value) {
        if (data == null) {
            if (value == 0) {
                return;
            }
            data = new byte[SIZE];
        }
        data[index] = (byte) value;
    }

    public void fill(int value) {
        data = value == 0 ? null : new byte[SIZE];
        if (data != null) {
            java.util.Arrays.fill(data, (byte) value);
        }
    }

    public void copyFrom(byte[] bytes) {
        data = bytes.clone();
    }

    /** The page's bytes, or null when every byte is zero. */
    public byte[] data() {
        return data;
    }

    @Override
    public String kind() {
        return "Page";
    }
}
