package coyotos.studio.sim.machine;

/**
 * A set-associative TLB with LRU replacement within a set. Entries are tagged with a PCID (always 0 on an
 * untagged CPU) and may be global (kernel pages, CR4.PGE). Flushes are O(1): each entry remembers the
 * flush epoch it was filled in (Intel SDM Vol. 3A §4.10.4: a CR3 load without PCID invalidates all
 * non-global entries).
 *
 * <p>Any geometry works in O(ways) per lookup: {@code entries / ways} sets (at least one), the set chosen by
 * the page number modulo the number of sets (a mask when it is a power of two, as in real TLBs), and when
 * {@code ways} does not divide {@code entries} the first {@code entries % sets} sets get one way more, so the
 * capacity is exactly {@code entries} and no set has more than {@code 2 * ways - 1} ways.
 */
public final class Tlb {
    public static final int WRITABLE = 1;
    public static final int EXECUTABLE = 2;
    public static final int GLOBAL = 4;
    /** Tag space for global (kernel) entries. */
    public static final int KERNEL_PCID = 4095;

    /** Largest TLB a profile may ask for: beyond any real second-level TLB, small enough to allocate. */
    public static final int MAX_ENTRIES = 1 << 20;

    private final int sets;
    private final int setMask;
    private final int ways;
    private final int wideSets;
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
        if (entries <= 0 || ways <= 0 || entries > MAX_ENTRIES) {
            throw new IllegalArgumentException("a TLB needs 1.." + MAX_ENTRIES + " entries and at least one way");
        }
        this.sets = Math.max(1, entries / ways);
        this.setMask = Integer.bitCount(sets) == 1 ? sets - 1 : -1;
        this.ways = entries / sets;
        this.wideSets = entries % sets;
        tags = new long[entries];
        epochs = new int[entries];
        rights = new byte[entries];
        lastUse = new long[entries];
    }

    private int set(long vpn) {
        return setMask >= 0 ? (int) (vpn & setMask) : (int) Long.remainderUnsigned(vpn, sets);
    }

    /** First entry of set {@code s}: the wide sets come first. */
    private int base(int s) {
        return s * ways + Math.min(s, wideSets);
    }

    private int waysOf(int s) {
        return s < wideSets ? ways + 1 : ways;
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
        int s = set(vpn);
        int base = base(s);
        for (int i = base, end = base + waysOf(s); i < end; i++) {
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
        int s = set(vpn);
        int base = base(s);
        int victim = base;
        long oldest = Long.MAX_VALUE;
        for (int i = base, end = base + waysOf(s); i < end; i++) {
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

    public int sets() {
        return sets;
    }

    /** The most ways any set has (one more than the rest when the sets are uneven). */
    public int maxWays() {
        return wideSets > 0 ? ways + 1 : ways;
    }

    public long hits() { return hits; }
    public long misses() { return misses; }
    public long flushes() { return flushes; }
}
