package coyotos.studio.sim.kernel;

import coyotos.studio.sim.result.Digest;
import coyotos.studio.sim.result.EventSink;
import coyotos.studio.sim.result.EventType;

/**
 * Every event passes here: it is counted and hashed into the digest always, and handed to the sink only if
 * the sink's interest mask has its type (re-read every {@value #MASK_REFRESH} events so capped sinks can stop).
 */
final class EventBus {
    private static final int MASK_REFRESH = 4096;
    private final EventSink sink;
    private final CostMeter meter;
    private final Digest digest = new Digest();
    private long mask;
    long events;
    /** Events per process (index), for naming the process that used up an event limit. */
    private long[] byProcess = new long[0];

    EventBus(EventSink sink, CostMeter meter) {
        this.sink = sink == null ? EventSink.NONE : sink;
        this.meter = meter;
        this.mask = this.sink.interestMask();
    }

    void emit(EventType type, int process, int peer, long value, long detail) {
        long t = meter.now;
        if (process >= 0) {
            if (process >= byProcess.length) {
                byProcess = java.util.Arrays.copyOf(byProcess, Math.max(process + 1, byProcess.length * 2));
            }
            byProcess[process]++;
        }
        digest.event(t, type.ordinal(), process, peer, value, detail);
        if ((++events & (MASK_REFRESH - 1)) == 0) {
            mask = sink.interestMask();
        }
        if ((mask & type.bit()) != 0) {
            sink.onEvent(t, type, process, peer, value, detail);
        }
    }

    long eventsOf(int process) {
        return process < byProcess.length ? byProcess[process] : 0;
    }

    long digest() {
        return digest.value();
    }

    EventSink sink() {
        return sink;
    }
}
