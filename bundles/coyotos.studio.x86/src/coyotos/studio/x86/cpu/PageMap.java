package coyotos.studio.x86.cpu;

import java.util.Arrays;

/**
 * The CPU's view of the translations it may use without asking: for 4 KiB linear pages, the page's bytes and
 * whether it may be written and executed. It plays the TLB's part and the host (the kernel's model of the TLB
 * and hardware page tables) decides what is in it: it maps pages from {@link CpuHost#translate}, must
 * {@link #unmap} a page when its TLB model drops the entry or the PTE changes, and {@link #clear} on every CR3
 * load that flushes the TLB (a process switch without PCID). Whatever is mapped here is used with no further
 * question, which is what makes the interpreter fast.
 *
 * <p>It is a direct-mapped cache of {@value #ENTRIES} entries indexed by the low bits of the page number, so a
 * mapping may also be displaced by another page's: the CPU then asks the host again, which answers from its
 * own TLB model (a hit there is not a new miss).
 *
 * <p>Pages are {@code byte[4096]} arrays owned by the host; the same array may be mapped at several addresses
 * (one physical page, several mappings). The CPU keeps decoded code per page array; when the host writes into
 * a page array itself (a kernel copy into user memory), it calls {@link X86Interpreter#codeWritten}.
 */
public final class PageMap {
    public static final int PAGE_SIZE = 4096;
    public static final int PAGE_SHIFT = 12;
    static final int ENTRIES = 4096;
    static final int MASK = ENTRIES - 1;
    private static final int NONE = -1;
    private static final byte WRITABLE = 1, EXECUTABLE = 2;

    // For each entry: the page number it holds for reading, writing and executing (NONE if not), and the page.
    final int[] readTag = new int[ENTRIES];
    final byte[][] readPage = new byte[ENTRIES][];
    /** Writable pages, except those holding decoded code: writes to those take the slow path. */
    final int[] writeTag = new int[ENTRIES];
    final byte[][] writePage = new byte[ENTRIES][];
    final int[] execTag = new int[ENTRIES];
    final byte[][] execPage = new byte[ENTRIES][];
    private final byte[] rights = new byte[ENTRIES];
    private final CodeCache code;
    /** Changes whenever a translation does: a decoded block checked against the map at this epoch still holds. */
    int epoch;

    PageMap(CodeCache code) {
        this.code = code;
        clear();
    }

    /** Maps the page at virtual page number {@code vpn} ({@code linear >>> 12}); it is always readable. */
    public void map(int vpn, byte[] page, boolean writable, boolean executable) {
        if (vpn < 0 || vpn >= 1 << 20) {
            throw new IllegalArgumentException("virtual page number 0x" + Integer.toHexString(vpn)
                    + " is outside the 32-bit linear space");
        }
        if (page.length != PAGE_SIZE) {
            throw new IllegalArgumentException("a page is " + PAGE_SIZE + " bytes, not " + page.length);
        }
        int i = vpn & MASK;
        epoch++;
        readTag[i] = vpn;
        readPage[i] = page;
        boolean fastWrite = writable && !code.holdsCode(page);
        writeTag[i] = fastWrite ? vpn : NONE;
        writePage[i] = fastWrite ? page : null;
        execTag[i] = executable ? vpn : NONE;
        execPage[i] = executable ? page : null;
        rights[i] = (byte) ((writable ? WRITABLE : 0) | (executable ? EXECUTABLE : 0));
    }

    /** Forgets one page's translation (an INVLPG, a TLB eviction in the host's model, a changed PTE). */
    public void unmap(int vpn) {
        int i = vpn & MASK;
        if (readTag[i] == vpn) {
            drop(i);
        }
    }

    private void drop(int i) {
        epoch++;
        readTag[i] = writeTag[i] = execTag[i] = NONE;
        readPage[i] = writePage[i] = execPage[i] = null;
        rights[i] = 0;
    }

    /** Forgets every translation (a TLB flush). */
    public void clear() {
        epoch++;
        Arrays.fill(readTag, NONE);
        Arrays.fill(writeTag, NONE);
        Arrays.fill(execTag, NONE);
        Arrays.fill(readPage, null);
        Arrays.fill(writePage, null);
        Arrays.fill(execPage, null);
        Arrays.fill(rights, (byte) 0);
    }

    /** The page mapped at {@code vpn}, or null. */
    public byte[] page(int vpn) {
        int i = vpn & MASK;
        return readTag[i] == vpn ? readPage[i] : null;
    }

    public boolean isWritable(int vpn) {
        int i = vpn & MASK;
        return readTag[i] == vpn && (rights[i] & WRITABLE) != 0;
    }

    public boolean isExecutable(int vpn) {
        int i = vpn & MASK;
        return readTag[i] == vpn && (rights[i] & EXECUTABLE) != 0;
    }

    /** Number of pages mapped now. */
    public int size() {
        int n = 0;
        for (int t : readTag) {
            if (t != NONE) {
                n++;
            }
        }
        return n;
    }

    /** A writable mapping held back because the page holds decoded code; null if there is none at {@code vpn}. */
    byte[] heldForCode(int vpn) {
        int i = vpn & MASK;
        return readTag[i] == vpn && (rights[i] & WRITABLE) != 0 && writeTag[i] != vpn ? readPage[i] : null;
    }

    /** The page started holding decoded code: its writes must now take the slow path. */
    void holdWrites(byte[] page) {
        epoch++;
        for (int i = 0; i < ENTRIES; i++) {
            if (writePage[i] == page) {
                writeTag[i] = NONE;
                writePage[i] = null;
            }
        }
    }

    /** The page's decoded code is gone: writes through {@code vpn} may use the fast path again. */
    void releaseWrites(int vpn) {
        int i = vpn & MASK;
        if (readTag[i] == vpn && (rights[i] & WRITABLE) != 0) {
            epoch++;
            writeTag[i] = vpn;
            writePage[i] = readPage[i];
        }
    }
}
