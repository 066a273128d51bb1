package coyotos.studio.sim.machine;

/**
 * A set-associative TLB with LRU replacement within a set. Entries are tagged with a PCID (always 0 on an
 * untagged CPU) and may be global (kernel pages, CR4.PGE). Flushes are O(1): each entry remembers the
 * flush epoch it was filled in (Intel SDM Vol. 3A §4.10.4: a CR3 load without PCID invalidates all
 * non-global entries).
 */
public final class Tlb {
    public static final int WRITABLE = 1;
    public static final int EXECUTABLE = 2;
    public static final int GLOBAL = 4;
    /** Tag space for global (kernel) entries. */
    public static final int KERNEL_PCID = 4095;

    private final int ways;
    private final int setMask;
    private final long[] tags;
    private final int[] epochs;
    private final byte[] rights;
    private final long[] lastUse;
    private int localEpoch = 1;
    private int globalEpoch = 1;
    private long tick;
    private long hits;
    private long misses;
    private long flushes;

    public Tlb(int entries, int ways) {
        if (entries % ways != 0 || Integer.bitCount(entries / ways) != 1) {
            throw new IllegalArgumentException("sets must be a power of two");
        }
        this.ways = ways;
        this.setMask = entries / ways - 1;
        tags = new long[entries];
        epochs = new int[entries];
        rights = new byte[entries];
        lastUse = new long[entries];
    }

    private static long tag(int pcid, long vpn) {
        return ((long) pcid << 52) | (vpn & 0x000F_FFFF_FFFF_FFFFL);
    }

    private boolean valid(int i) {
        return epochs[i] == ((rights[i] & GLOBAL) != 0 ? globalEpoch : localEpoch);
    }

    /** Rights of the entry (>= 0) on a hit, -1 on a miss. */
    public int lookup(int pcid, long vpn) {
        long t = tag(pcid, vpn);
        int base = (int) (vpn & setMask) * ways;
        for (int i = base, end = base + ways; i < end; i++) {
            if (tags[i] == t && valid(i)) {
                lastUse[i] = ++tick;
                hits++;
                return rights[i];
            }
        }
        misses++;
        return -1;
    }

    /** Fills an entry after a page walk, replacing an invalid or the least recently used one. */
    public void insert(int pcid, long vpn, int entryRights) {
        long t = tag(pcid, vpn);
        int base = (int) (vpn & setMask) * ways;
        int victim = base;
        long oldest = Long.MAX_VALUE;
        for (int i = base, end = base + ways; i < end; i++) {
            if (tags[i] == t || !valid(i)) {
                victim = i;
                break;
            }
            if (lastUse[i] < oldest) {
                oldest = lastUse[i];
                victim = i;
            }
        }
        tags[victim] = t;
        rights[victim] = (byte) entryRights;
        epochs[victim] = (entryRights & GLOBAL) != 0 ? globalEpoch : localEpoch;
        lastUse[victim] = ++tick;
    }

    /** CR3 load without PCID: every non-global entry goes. */
    public void flushNonGlobal() {
        localEpoch++;
        flushes++;
    }

    /** Everything goes, global entries too (CR4.PGE toggle). */
    public void flushAll() {
        localEpoch++;
        globalEpoch++;
        flushes++;
    }

    public int capacity() {
        return tags.length;
    }

    public long hits() { return hits; }
    public long misses() { return misses; }
    public long flushes() { return flushes; }
}
