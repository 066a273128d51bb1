package coyotos.studio.sim.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.fixtures.PropertyInputs;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Any TLB geometry a profile can name: exact capacity, O(ways) sets, nothing lost or invented. */
class TlbGeometryPropertiesTest {

    /** Every pair of the edges of [1, maxEntries] and of [1, maxWays]: 16 geometries. */
    private static Stream<int[]> edgeGeometries(int maxEntries, int maxWays) {
        return PropertyInputs.edges(1, maxEntries).boxed().flatMap(
                e -> PropertyInputs.edges(1, maxWays).mapToObj(w -> new int[] {e.intValue(), (int) w}));
    }

    private static int[] drawnGeometry(Random r, int maxEntries, int maxWays) {
        return new int[] {(int) PropertyInputs.between(r, 1, maxEntries), (int) PropertyInputs.between(r, 1, maxWays)};
    }

    /** The edge geometries, then 300 drawn ones. */
    static Stream<Arguments> capacityIsExactAndSetsAreBounded() {
        Random r = PropertyInputs.random();
        return Stream.concat(edgeGeometries(5000, 64), Stream.generate(() -> drawnGeometry(r, 5000, 64)).limit(300))
                .map(g -> Arguments.of(g[0], g[1]));
    }

    @ParameterizedTest
    @MethodSource
    void capacityIsExactAndSetsAreBounded(int entries, int ways) {
        Tlb tlb = new Tlb(entries, ways);
        assertEquals(entries, tlb.capacity(), () -> "Tlb(" + entries + ", " + ways + ")");
        assertTrue(tlb.maxWays() <= Math.max(1, 2 * Math.min(ways, entries) - 1),
                () -> "Tlb(" + entries + ", " + ways + "): a lookup scans at most 2 * ways - 1 entries: " + tlb.maxWays());
    }

    /** The edge geometries with the edges of [0, 1000] as start set, then 300 drawn geometries and start sets. */
    static Stream<Arguments> aFullTlbHoldsEveryPageUntilOneMoreComes() {
        Random r = PropertyInputs.random();
        Stream<Arguments> edges = edgeGeometries(3000, 32)
                .flatMap(g -> PropertyInputs.edges(0, 1000).mapToObj(s -> Arguments.of(g[0], g[1], (int) s)));
        Stream<Arguments> drawn = Stream.generate(() -> drawnGeometry(r, 3000, 32)).limit(300)
                .map(g -> Arguments.of(g[0], g[1], (int) PropertyInputs.between(r, 0, 1000)));
        return Stream.concat(edges, drawn);
    }

    /** Pages 0..entries-1 spread over the sets exactly as the sets' ways allow: all of them stay, one more evicts one. */
    @ParameterizedTest
    @MethodSource
    void aFullTlbHoldsEveryPageUntilOneMoreComes(int entries, int ways, int startSet) {
        Tlb tlb = new Tlb(entries, ways);
        String geometry = "Tlb(" + entries + ", " + ways + ") from set " + startSet;
        long first = (long) startSet * tlb.sets();
        for (long vpn = first; vpn < first + entries; vpn++) {
            tlb.insert(0, vpn, Tlb.WRITABLE);
        }
        for (long vpn = first; vpn < first + entries; vpn++) {
            long page = vpn;
            assertEquals(Tlb.WRITABLE, tlb.lookup(0, vpn), () -> geometry + ": page " + page + " of " + entries);
        }
        tlb.insert(0, first + entries, 0);
        int hits = 0;
        for (long vpn = first; vpn <= first + entries; vpn++) {
            hits += tlb.lookup(0, vpn) >= 0 ? 1 : 0;
        }
        assertEquals(entries, hits, () -> geometry + ": the new page replaced exactly one");
    }

    /** The edge geometries with the edges of [0, 2^20] as the page, then 200 drawn geometries and pages. */
    static Stream<Arguments> aFlushEmptiesAndTagsSeparate() {
        Random r = PropertyInputs.random();
        Stream<Arguments> edges = edgeGeometries(2000, 16).flatMap(
                g -> PropertyInputs.edges(0, 1 << 20).mapToObj(v -> Arguments.of(g[0], g[1], (int) v)));
        Stream<Arguments> drawn = Stream.generate(() -> drawnGeometry(r, 2000, 16)).limit(200)
                .map(g -> Arguments.of(g[0], g[1], (int) PropertyInputs.between(r, 0, 1 << 20)));
        return Stream.concat(edges, drawn);
    }

    @ParameterizedTest
    @MethodSource
    void aFlushEmptiesAndTagsSeparate(int entries, int ways, int vpn) {
        Tlb tlb = new Tlb(entries, ways);
        String what = "Tlb(" + entries + ", " + ways + "), page " + vpn;
        tlb.insert(1, vpn, Tlb.EXECUTABLE);
        assertEquals(Tlb.EXECUTABLE, tlb.lookup(1, vpn), what);
        assertEquals(-1, tlb.lookup(2, vpn), () -> what + ": another PCID's page is another entry");
        tlb.flushNonGlobal();
        assertEquals(-1, tlb.lookup(1, vpn), what);
    }

    @Test
    void theBuiltInGeometriesAreUnchanged() {
        assertEquals(64, new Tlb(256, 4).sets());
        assertEquals(128, new Tlb(1536, 12).sets());
        assertEquals(12, new Tlb(1536, 12).maxWays());
    }
}
