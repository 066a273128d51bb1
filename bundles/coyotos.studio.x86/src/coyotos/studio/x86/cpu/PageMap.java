package coyotos.studio.x86.cpu;

/**
 * The CPU's view of the translations it may use without asking: for each 4 KiB linear page, the page's bytes
 * and whether it may be written and executed. It plays the TLB's part, so the host (the kernel's model of the
 * TLB and hardware page tables) decides what is in it: it maps pages from {@link CpuHost#translate}, and must
 * {@link #unmap} a page when its TLB model drops the entry or the PTE changes, and {@link #clear} on every CR3
 * load that flushes the TLB (a process switch without PCID). Whatever is mapped here is used with no further
 * question, which is what makes the interpreter fast.
 *
 * <p>Pages are {@code byte[4096]} arrays owned by the host; the same array may be mapped at several addresses
 * (one physical page, several mappings). The CPU keeps decoded code per page array; when the host writes into
 * a page array itself (a kernel copy into user memory), it calls {@link X86Interpreter#codeWritten}.
 */
public final class PageMap {
    public static final int PAGE_SIZE = 4096;
    public static final int PAGE_SHIFT = 12;
    static final int PAGES = 1 << 20;
    private static final byte MAPPED = 1, WRITABLE = 2, EXECUTABLE = 4, LISTED = 8;

    final byte[][] read = new byte[PAGES][];
    /** Writable pages, except those holding decoded code: their writes take the slow path. */
    final byte[][] write = new byte[PAGES][];
    final byte[][] exec = new byte[PAGES][];
    private final byte[] rights = new byte[PAGES];
    private int[] listed = new int[64];
    private int count;
    private final CodeCache code;

    PageMap(CodeCache code) {
        this.code = code;
    }

    /** Maps the page at virtual page number {@code vpn} ({@code linear >>> 12}); it is always readable. */
    public void map(int vpn, byte[] page, boolean writable, boolean executable) {
        if (vpn < 0 || vpn >= PAGES) {
            throw new IllegalArgumentException("virtual page number 0x" + Integer.toHexString(vpn)
                    + " is outside the 32-bit linear space");
        }
        if (page.length != PAGE_SIZE) {
            throw new IllegalArgumentException("a page is " + PAGE_SIZE + " bytes, not " + page.length);
        }
        read[vpn] = page;
        write[vpn] = writable && !code.holdsCode(page) ? page : null;
        exec[vpn] = executable ? page : null;
        int r = rights[vpn];
        if ((r & LISTED) == 0) {
            if (count == listed.length) {
                listed = java.util.Arrays.copyOf(listed, count * 2);
            }
            listed[count++] = vpn;
        }
        rights[vpn] = (byte) (LISTED | MAPPED | (writable ? WRITABLE : 0) | (executable ? EXECUTABLE : 0));
    }

    /** Forgets one page's translation (an INVLPG, a TLB eviction in the host's model, a changed PTE). */
    public void unmap(int vpn) {
        read[vpn] = null;
        write[vpn] = null;
        exec[vpn] = null;
        rights[vpn] &= LISTED;
    }

    /** Forgets every translation (a TLB flush). */
    public void clear() {
        for (int i = 0; i < count; i++) {
            int vpn = listed[i];
            read[vpn] = null;
            write[vpn] = null;
            exec[vpn] = null;
            rights[vpn] = 0;
        }
        count = 0;
    }

    /** The page mapped at {@code vpn}, or null. */
    public byte[] page(int vpn) {
        return read[vpn];
    }

    public boolean isWritable(int vpn) {
        return (rights[vpn] & WRITABLE) != 0;
    }

    public boolean isExecutable(int vpn) {
        return (rights[vpn] & EXECUTABLE) != 0;
    }

    /** Number of pages mapped now. */
    public int size() {
        int n = 0;
        for (int i = 0; i < count; i++) {
            if ((rights[listed[i]] & MAPPED) != 0) {
                n++;
            }
        }
        return n;
    }

    /** A writable mapping held back because the page holds decoded code; null if there is none at {@code vpn}. */
    byte[] heldForCode(int vpn) {
        return (rights[vpn] & WRITABLE) != 0 && write[vpn] == null ? read[vpn] : null;
    }

    /** The page started holding decoded code: its writes must now take the slow path. */
    void holdWrites(byte[] page) {
        for (int i = 0; i < count; i++) {
            int vpn = listed[i];
            if (write[vpn] == page) {
                write[vpn] = null;
            }
        }
    }

    /** The page's decoded code is gone: writes through {@code vpn} may use the fast path again. */
    void releaseWrites(int vpn) {
        if ((rights[vpn] & WRITABLE) != 0) {
            write[vpn] = read[vpn];
        }
    }
}
