package coyotos.studio.sweep.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sweep.Fixtures;
import coyotos.studio.sweep.Shard;
import coyotos.studio.sweep.SweepException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Series and crossovers: what the chart draws and marks")
class CrossoverTest {
    static final AxisInfo N = new AxisInfo("replicate", "replicate", List.of("1", "2", "3", "4", "5"));

    static SweepChart.Series s(String name, double... y) {
        return new SweepChart.Series(name, new double[] { 1, 2, 3, 4, 5 }, y);
    }

    @Test
    void aChangeOfOrderIsACrossoverAtTheInterpolatedPoint() {
        List<Crossover> c = Crossovers.find(List.of(s("a", 10, 20, 30, 40, 50), s("b", 25, 26, 27, 28, 29)), N);
        assertEquals(1, c.size());
        Crossover x = c.get(0);
        assertEquals("a", x.above());
        assertEquals("b", x.below());
        assertEquals(2, x.xBefore());
        assertEquals(3, x.xAfter());
        assertEquals(2 + 6.0 / 9, x.x(), 1e-9);
        assertEquals("a rises above b between replicate 2 and 3 (crossing at 2.67)", x.describe());
    }

    @Test
    void touchingIsNotCrossingButPassingThroughIs() {
        assertTrue(Crossovers.find(List.of(s("a", 1, 2, 3, 2, 1), s("b", 3, 3, 3, 3, 3)), N).isEmpty());
        List<Crossover> through = Crossovers.find(List.of(s("a", 1, 2, 3, 4, 5), s("b", 3, 3, 3, 3, 3)), N);
        assertEquals(1, through.size());
        assertEquals(3, through.get(0).x());
        assertEquals("a rises above b at replicate 3", through.get(0).describe());
    }

    @Test
    void gapsAreSkippedAndEveryPairIsChecked() {
        List<Crossover> c = Crossovers.find(List.of(s("a", 1, Double.NaN, Double.NaN, 9, 9), s("b", 5, 5, 5, 5, 5),
                s("c", 0, 0, 0, 0, 10)), N);
        assertEquals(List.of("a/b", "c/b", "c/a"), c.stream().map(x -> x.above() + "/" + x.below()).toList());
    }

    /**
     * The bundled example's question on a short range: memory of N processes with an activation handler each grows
     * by a stack per process, one external pager is a fixed cost; the two cross, a process later under the 2007
     * kernel than under the EROS design.
     */
    @Test
    void theBundledExampleCrossesOnMemory() throws SweepException {
        SweepResult r = Fixtures.sweep("handler-scaling", 2, Shard.ALL, "kernel=coyotos-2007,eros-design",
                "design=external-own-space,activation", "replicate=1..12");
        SweepChart eros = SweepSeries.chart(r, Metric.of("memory.total"), 2, 1, Map.of(0, "eros-design"));
        assertEquals(1, eros.crossovers().size(), eros.crossoverText());
        assertEquals(9, eros.crossovers().get(0).xBefore());
        assertEquals(10, eros.crossovers().get(0).xAfter());
        SweepChart chart = SweepSeries.chart(r, Metric.of("memory.total"), 2, 1, Map.of(0, "coyotos-2007"));
        assertEquals(List.of("external-own-space", "activation"), chart.series().stream().map(SweepChart.Series::name).toList());
        assertEquals(1, chart.crossovers().size(), chart.crossoverText());
        Crossover c = chart.crossovers().get(0);
        assertEquals("activation", c.above());
        assertEquals(10, c.xBefore());
        assertEquals(11, c.xAfter());
        assertTrue(chart.crossoverText().startsWith("Crossover: activation rises above external-own-space between "
                + "replicate 10 and 11"), chart.crossoverText());
        SweepChart difference = chart.relativeTo(0);
        assertTrue(difference.title().endsWith("minus external-own-space"), difference.title());
        assertEquals(0, difference.series().get(0).y()[5], "the reference is the zero line");
        assertEquals(chart.series().get(1).y()[0] - chart.series().get(0).y()[0], difference.series().get(1).y()[0]);
        assertEquals(c.x(), difference.crossovers().get(0).x(), "the same crossover");
        assertEquals(0, difference.crossovers().get(0).y(), 1e-6, "on the zero line");
        for (String kernel : List.of("coyotos-2007", "eros-design")) {
            SweepChart perFault = SweepSeries.chart(r, Metric.of("perFault.overhead"), 2, 1, Map.of(0, kernel));
            assertTrue(perFault.crossovers().isEmpty(), "the activation handler is cheaper per fault at every N");
            assertTrue(perFault.crossoverText().startsWith("No crossover"));
        }
    }

    @Test
    void otherAxesAreHeldAtTheChosenValue() throws SweepException {
        SweepResult r = Fixtures.sweep("handler-scaling", 2, Shard.ALL, "design=external-own-space,activation",
                "replicate=1..2", "profile=pentium4,modern-pcid");
        SweepChart chart = SweepSeries.chart(r, Metric.of("totalCycles"), 1, 0, Map.of(2, "modern-pcid"));
        assertTrue(chart.title().endsWith("(profile = modern-pcid)"), chart.title());
        PointResult p = r.points().stream().filter(x -> x.values().equals(List.of("activation", "2", "modern-pcid")))
                .findFirst().orElseThrow();
        assertEquals(p.totalCycles(), chart.series().get(1).y()[1]);
        SweepChart byProfile = SweepSeries.chart(r, Metric.of("totalCycles"), 2, -1, Map.of());
        assertTrue(byProfile.categoricalX());
        assertEquals(List.of("pentium4", "modern-pcid"), byProfile.xLabels());
        assertEquals(1, byProfile.series().size());
    }
}
