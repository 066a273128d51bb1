package coyotos.studio.sim.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Any TLB geometry a profile can name: exact capacity, O(ways) sets, nothing lost or invented. */
class TlbGeometryPropertiesTest {

    @Property(tries = 300)
    void capacityIsExactAndSetsAreBounded(@ForAll @IntRange(min = 1, max = 5000) int entries,
            @ForAll @IntRange(min = 1, max = 64) int ways) {
        Tlb tlb = new Tlb(entries, ways);
        assertEquals(entries, tlb.capacity());
        assertTrue(tlb.maxWays() <= Math.max(1, 2 * Math.min(ways, entries) - 1),
                "a lookup scans at most 2 * ways - 1 entries: " + tlb.maxWays());
    }

    /** Pages 0..entries-1 spread over the sets exactly as the sets' ways allow: all of them stay, one more evicts one. */
    @Property(tries = 300)
    void aFullTlbHoldsEveryPageUntilOneMoreComes(@ForAll @IntRange(min = 1, max = 3000) int entries,
            @ForAll @IntRange(min = 1, max = 32) int ways, @ForAll @IntRange(min = 0, max = 1000) int startSet) {
        Tlb tlb = new Tlb(entries, ways);
        long first = (long) startSet * tlb.sets();
        for (long vpn = first; vpn < first + entries; vpn++) {
            tlb.insert(0, vpn, Tlb.WRITABLE);
        }
        for (long vpn = first; vpn < first + entries; vpn++) {
            assertEquals(Tlb.WRITABLE, tlb.lookup(0, vpn), "page " + vpn + " of " + entries);
        }
        tlb.insert(0, first + entries, 0);
        int hits = 0;
        for (long vpn = first; vpn <= first + entries; vpn++) {
            hits += tlb.lookup(0, vpn) >= 0 ? 1 : 0;
        }
        assertEquals(entries, hits, "the new page replaced exactly one");
    }

    @Property(tries = 200)
    void aFlushEmptiesAndTagsSeparate(@ForAll @IntRange(min = 1, max = 2000) int entries,
            @ForAll @IntRange(min = 1, max = 16) int ways, @ForAll @IntRange(min = 0, max = 1 << 20) int vpn) {
        Tlb tlb = new Tlb(entries, ways);
        tlb.insert(1, vpn, Tlb.EXECUTABLE);
        assertEquals(Tlb.EXECUTABLE, tlb.lookup(1, vpn));
        assertEquals(-1, tlb.lookup(2, vpn), "another PCID's page is another entry");
        tlb.flushNonGlobal();
        assertEquals(-1, tlb.lookup(1, vpn));
    }

    @Example
    void theBuiltInGeometriesAreUnchanged() {
        assertEquals(64, new Tlb(256, 4).sets());
        assertEquals(128, new Tlb(1536, 12).sets());
        assertEquals(12, new Tlb(1536, 12).maxWays());
    }
}
