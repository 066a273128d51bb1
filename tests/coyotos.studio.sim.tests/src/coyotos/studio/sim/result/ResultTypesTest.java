package coyotos.studio.sim.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.fixtures.SeedScenarios;
import coyotos.studio.sim.fixtures.SeedScenarios.HandlerConfig;
import coyotos.studio.sim.fixtures.SeedScenarios.Params;
import coyotos.studio.sim.image.Setup;
import coyotos.studio.sim.run.Simulation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Result types: latency histogram, event sinks")
class ResultTypesTest {

    @Test
    @DisplayName("Percentiles are within a bucket (~6 %) of the true value")
    void histogramPercentiles() {
        LatencyHistogram h = new LatencyHistogram();
        for (int i = 1; i <= 10_000; i++) {
            h.record(i);
        }
        assertEquals(10_000, h.count());
        assertEquals(1, h.min());
        assertEquals(10_000, h.max());
        assertEquals(5000.5, h.mean(), 1e-9);
        assertEquals(5000, h.percentile(50), 5000 * 0.07);
        assertEquals(9900, h.percentile(99), 9900 * 0.07);
        assertEquals(3, h.percentile(0.03));
    }

    @Test
    @DisplayName("Sinks see only what they ask for; a capped sink stops, the digest does not change")
    void sinks() {
        var img = SeedScenarios.build(HandlerConfig.EXTERNAL_OWN_SPACE, Params.defaults().withHeapPages(32), Setup.DEFAULT);
        EventSinks.Counter all = new EventSinks.Counter();
        RunResult full = Simulation.of(img).sink(all).run();
        assertEquals(full.events(), sumAll(all));
        assertEquals(32, all.count(EventType.FAULT_RAISED));
        assertEquals(32, all.count(EventType.FAULT_RESOLVED));

        List<SimEvent> kept = new ArrayList<>();
        RunResult capped = Simulation.of(img).sink(EventSinks.capped(10,
                EventSinks.objects(EventType.mask(EventType.FAULT_RAISED, EventType.FAULT_DELIVERED), kept::add))).run();
        assertEquals(10, kept.size());
        assertTrue(kept.stream().allMatch(e -> e.type() == EventType.FAULT_RAISED || e.type() == EventType.FAULT_DELIVERED));
        assertEquals("worker0", kept.get(0).processName());
        assertEquals("pager0", kept.get(1).peerName());
        assertEquals(full.digest(), capped.digest());
    }

    private static long sumAll(EventSinks.Counter c) {
        long s = 0;
        for (EventType t : EventType.values()) {
            s += c.count(t);
        }
        return s;
    }
}
