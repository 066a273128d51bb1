package coyotos.studio.sim.machine;

import coyotos.studio.sim.internal.LongLongMap;

/**
 * The x86 page tables the kernel builds lazily from one address space's GPTs (Coyotos hwmap.c): a PTE
 * appears the first time a page is touched. Processes holding the same space capability share one
 * instance, hence share its PTEs and its PCID.
 */
public final class HardwarePageTables {
    private static final long ABSENT = -1;

    private final int id;
    private final int pcid;
    private final int levels;
    private final LongLongMap ptes = new LongLongMap(64);
    /** Distinct tables per level below the root: [0] leaf page tables, [1] next level up, ... */
    private final LongLongMap[] tables;
    private long tablePages = 1;

    public HardwarePageTables(int id, int pcid, int levels) {
        this.id = id;
        this.pcid = pcid;
        this.levels = levels;
        tables = new LongLongMap[levels - 1];
        for (int i = 0; i < tables.length; i++) {
            tables[i] = new LongLongMap(16);
        }
    }

    public int id() { return id; }
    public int pcid() { return pcid; }

    /** Rights of the PTE for {@code vpn} (Tlb.WRITABLE/EXECUTABLE bits), or -1 if none was built yet. */
    public int lookup(long vpn) {
        long v = ptes.get(vpn, ABSENT);
        return v == ABSENT ? -1 : (int) (v & 0xFF);
    }

    /** The page a PTE for {@code vpn} maps, or -1 if none was built yet. */
    public int pageOf(long vpn) {
        long v = ptes.get(vpn, ABSENT);
        return v == ABSENT ? -1 : (int) (v >>> 8);
    }

    /**
     * Writes a PTE; returns how many new page-table pages that needed. IA-32 (2 levels) has 1024 entries per
     * table, PAE/x86-64 have 512 (Intel SDM Vol. 3A §4.3, §4.5).
     */
    public int build(long vpn, int pageIndex, int rights) {
        ptes.put(vpn, ((long) pageIndex << 8) | (rights & 0xFF));
        int bitsPerLevel = levels == 2 ? 10 : 9;
        int added = 0;
        for (int l = 0; l < tables.length; l++) {
            if (tables[l].put(vpn >>> (bitsPerLevel * (l + 1)), 1)) {
                added++;
            }
        }
        tablePages += added;
        return added;
    }

    public long mappedPages() {
        return ptes.size();
    }

    /** 4 KiB per table page, root included. */
    public long bytes() {
        return tablePages * 4096L;
    }
}
