package coyotos.studio.sim.result;

/** An event as an object, for consumers that keep or display events (see {@link EventSinks#objects}). */
public record SimEvent(long cycle, EventType type, String processId, String processName, String peerName,
        long value, long detail) {
}
