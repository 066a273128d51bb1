package coyotos.studio.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import coyotos.studio.sim.result.CostCategory;

/** The Cost Breakdown's bar matrix: one stacked bar per process (and "all"), or per run. */
class CostBarsTest {

    @Test
    void perProcessTheWholeSystemComesFirstThenEachProcessByItsDisplayName() {
        CostBars bars = CostBars.perProcess(TestRuns.small(), -1);
        assertEquals("small · p4-2007", bars.title());
        assertEquals("Process", bars.axisTitle());
        assertEquals(List.of("all", "app", "id-pager"), bars.labels(), "a process without a name shows its id");
        assertArrayEquals(new double[] { 600, 600, 0 }, bars.series(CostCategory.USER));
        assertArrayEquals(new double[] { 140, 100, 40 }, bars.series(CostCategory.RING_TRANSITION));
        assertArrayEquals(new double[] { 2, 0, 2 }, bars.series(CostCategory.HANDLER));
        assertEquals(1_000, bars.total(0));
        assertEquals(900, bars.total(1));
        assertEquals(100, bars.total(2));
        assertEquals(1_000, bars.tallest());
        assertEquals(0, bars.selected(), "no process filter: the whole system is outlined");
    }

    @Test
    void theFilteredProcessIsSelectedAndABarMapsBackToItsProcess() {
        assertEquals(2, CostBars.perProcess(TestRuns.small(), 1).selected());
        assertEquals(0, CostBars.perProcess(TestRuns.small(), 7).selected(), "a filter of another run selects 'all'");
        assertEquals(-1, CostBars.processOf(0), "'all' is every process");
        assertEquals(1, CostBars.processOf(2));
    }

    @Test
    void perRunOneBarPerRunInLibraryOrder() {
        CostBars bars = CostBars.perRun(List.of(TestRuns.small(), TestRuns.empty()), 1);
        assertEquals("All runs (2)", bars.title());
        assertEquals("Run", bars.axisTitle());
        assertEquals(List.of("small · p4-2007", "empty"), bars.labels());
        assertArrayEquals(new double[] { 170, 0 }, bars.series(CostCategory.KERNEL_PATH));
        assertEquals(1, bars.selected());
        assertEquals(-1, CostBars.perRun(List.of(TestRuns.small()), 3).selected());
    }

    @Test
    void theTooltipListsEveryCategoryThatCostSomethingWithItsShare() {
        assertEquals("""
                id-pager — 100 cycles
                Ring transition                    40   40.0%
                Address-space switch               20   20.0%
                TLB refill                         10   10.0%
                Kernel path                        20   20.0%
                IPC                                 8    8.0%
                Fault handler                       2    2.0%""", CostBars.perProcess(TestRuns.small(), -1).describe(2));
    }
}
