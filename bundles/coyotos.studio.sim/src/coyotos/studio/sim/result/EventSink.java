package coyotos.studio.sim.result;

/**
 * Receives the event stream of a run as primitives, so the simulator allocates nothing per event. The
 * simulator calls {@link #onEvent} only for types in {@link #interestMask()}; a sink that wants objects
 * can wrap with {@link EventSinks#objects}. Sinks run on the simulation thread.
 */
public interface EventSink {
    EventSink NONE = new EventSink() {
        @Override
        public long interestMask() {
            return 0;
        }

        @Override
        public void onEvent(long cycle, EventType type, int process, int peer, long value, long detail) {
        }
    };

    /** Bit set over {@link EventType#bit()}. */
    default long interestMask() {
        return EventType.ALL;
    }

    default void begin(RunInfo info) {
    }

    /**
     * @param cycle   simulated time
     * @param process index of the process concerned (see {@link RunInfo}), -1 for none
     * @param peer    the other process involved, or -1
     */
    void onEvent(long cycle, EventType type, int process, int peer, long value, long detail);

    default void end(RunResult result) {
    }
}
