package coyotos.studio.sim.memory;

import coyotos.studio.sim.image.Page;
import java.util.Arrays;

/**
 * The bytes of data pages, by page index, for those pages something has written (a debugger; later the x86
 * interpreter). A page nobody wrote reads as zeros, as a page fresh from the space bank does (the bank hands out
 * zeroed pages). Kept sparse: a run of an abstract workload never reads or writes page contents.
 */
public final class PageContents {
    private byte[][] pages = new byte[0][];

    /** Copies {@code length} bytes of page {@code page} from {@code offset} into {@code into} at {@code at}. */
    public void read(int page, int offset, byte[] into, int at, int length) {
        check(offset, length);
        byte[] data = page < pages.length ? pages[page] : null;
        if (data == null) {
            Arrays.fill(into, at, at + length, (byte) 0);
        } else {
            System.arraycopy(data, offset, into, at, length);
        }
    }

    /** Copies {@code length} bytes from {@code from} at {@code at} into page {@code page} at {@code offset}. */
    public void write(int page, int offset, byte[] from, int at, int length) {
        check(offset, length);
        if (page >= pages.length) {
            pages = Arrays.copyOf(pages, Math.max(page + 1, pages.length * 2));
        }
        if (pages[page] == null) {
            pages[page] = new byte[Page.SIZE];
        }
        System.arraycopy(from, at, pages[page], offset, length);
    }

    /** Whether anything was ever written into the page. */
    public boolean written(int page) {
        return page < pages.length && pages[page] != null;
    }

    private static void check(int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > Page.SIZE) {
            throw new IllegalArgumentException("bytes " + offset + ".." + (offset + length) + " are not within a page");
        }
    }
}
