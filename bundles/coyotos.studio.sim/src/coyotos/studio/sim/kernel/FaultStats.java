package coyotos.studio.sim.kernel;

import coyotos.studio.sim.result.FaultCounts;
import coyotos.studio.sim.result.LatencyHistogram;

/** Fault counters and the latency distribution of one run. */
final class FaultStats {
    long raised;
    long delivered;
    long resolved;
    long fatal;
    long escalated;
    final LatencyHistogram latency = new LatencyHistogram();

    FaultCounts counts() {
        return new FaultCounts(raised, delivered, resolved, fatal, escalated);
    }
}
