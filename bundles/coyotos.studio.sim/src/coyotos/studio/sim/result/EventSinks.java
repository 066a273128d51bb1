package coyotos.studio.sim.result;

import java.util.function.Consumer;

/** Ready-made sinks and combinators: objects, filtering, capping, fan-out. */
public final class EventSinks {
    private EventSinks() {
    }

    /** Materialises each wanted event as a {@link SimEvent} (allocates per delivered event). */
    public static EventSink objects(long mask, Consumer<SimEvent> consumer) {
        return new EventSink() {
            private RunInfo info = new RunInfo("", "", 0, java.util.List.of(), java.util.List.of());

            @Override
            public long interestMask() {
                return mask;
            }

            @Override
            public void begin(RunInfo i) {
                info = i;
            }

            @Override
            public void onEvent(long cycle, EventType type, int process, int peer, long value, long detail) {
                consumer.accept(new SimEvent(cycle, type, info.processId(process), info.processName(process),
                        peer < 0 ? null : info.processName(peer), value, detail));
            }
        };
    }

    /** Passes on only the types in {@code mask}. */
    public static EventSink filtered(long mask, EventSink next) {
        return new Forwarding(next) {
            @Override
            public long interestMask() {
                return mask & next.interestMask();
            }
        };
    }

    /** Passes on at most {@code max} events, then tells the simulator it wants no more. */
    public static EventSink capped(long max, EventSink next) {
        return new Forwarding(next) {
            private long seen;

            @Override
            public long interestMask() {
                return seen >= max ? 0 : next.interestMask();
            }

            @Override
            public void onEvent(long cycle, EventType type, int process, int peer, long value, long detail) {
                if (seen < max) {
                    seen++;
                    next.onEvent(cycle, type, process, peer, value, detail);
                }
            }
        };
    }

    /** Sends every event to both sinks. */
    public static EventSink tee(EventSink a, EventSink b) {
        return new EventSink() {
            @Override
            public long interestMask() {
                return a.interestMask() | b.interestMask();
            }

            @Override
            public void begin(RunInfo info) {
                a.begin(info);
                b.begin(info);
            }

            @Override
            public void onEvent(long cycle, EventType type, int process, int peer, long value, long detail) {
                if ((a.interestMask() & type.bit()) != 0) {
                    a.onEvent(cycle, type, process, peer, value, detail);
                }
                if ((b.interestMask() & type.bit()) != 0) {
                    b.onEvent(cycle, type, process, peer, value, detail);
                }
            }

            @Override
            public void end(RunResult result) {
                a.end(result);
                b.end(result);
            }
        };
    }

    /** Counts events per type without keeping them. */
    public static final class Counter implements EventSink {
        private final long[] counts = new long[EventType.COUNT];

        @Override
        public void onEvent(long cycle, EventType type, int process, int peer, long value, long detail) {
            counts[type.ordinal()]++;
        }

        public long count(EventType t) {
            return counts[t.ordinal()];
        }
    }

    private abstract static class Forwarding implements EventSink {
        final EventSink next;

        Forwarding(EventSink next) {
            this.next = next;
        }

        @Override
        public void begin(RunInfo info) {
            next.begin(info);
        }

        @Override
        public void onEvent(long cycle, EventType type, int process, int peer, long value, long detail) {
            next.onEvent(cycle, type, process, peer, value, detail);
        }

        @Override
        public void end(RunResult result) {
            next.end(result);
        }
    }
}
