package coyotos.studio.sim.result;

/**
 * Which handler a fault was delivered to (the kernel's choice is {@code FaultDelivery}'s): the {@code detail}
 * of a {@link EventType#FAULT_DELIVERED} event is the ordinal. The order is not a precedence, and it never
 * changes: saved event logs and run digests keep the ordinals.
 */
public enum FaultHandlerKind {
    /** The process's handler entry capability (spec §3.3 "Exception Handling"). */
    PROCESS_HANDLER("process handler"),
    /** A memory handler on the translation path (spec §4.3). */
    MEMORY_HANDLER("memory handler"),
    /** The process's own activation handler, an upcall in its space: a labelled what-if (pre-0.6 draft), not Coyotos 0.6. */
    ACTIVATION_HANDLER("activation handler (what-if)");

    private static final FaultHandlerKind[] VALUES = values();

    private final String label;

    FaultHandlerKind(String label) {
        this.label = label;
    }

    /** How views and reports name it: "memory handler". */
    public String label() {
        return label;
    }

    /** The kind of an event's detail, or null when the number names none (a log from another version). */
    public static FaultHandlerKind of(long ordinal) {
        return ordinal >= 0 && ordinal < VALUES.length ? VALUES[(int) ordinal] : null;
    }
}
