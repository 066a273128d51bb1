package coyotos.studio.sim.result;

/**
 * Typed simulation events. The meaning of the two value fields of
 * {@link EventSink#onEvent(long, EventType, int, int, long, long)} per type is given here.
 */
public enum EventType {
    /** A user memory reference. value = address, detail = access ordinal. */
    TOUCH,
    /** TLB miss refilled from a hardware PTE. value = address. */
    TLB_MISS,
    /** Hardware PTE built from the GPTs. value = address, detail = page-table pages added. */
    PAGE_TABLE_BUILD,
    /** value = address, detail = fault code. peer = -1. */
    FAULT_RAISED,
    /** peer = handler process, value = address, detail = {@link FaultHandlerKind} ordinal. */
    FAULT_DELIVERED,
    /** A fault the activation handler (what-if) cannot take goes to the process handler. value = address, detail = code. */
    FAULT_ESCALATED,
    /** peer = resolving process, value = address, detail = latency in cycles. */
    FAULT_RESOLVED,
    /** The process halts with the fault recorded. value = address, detail = fault code. */
    FAULT_FATAL,
    /** Invocation of a kernel-implemented object (bank, GPT, process). detail = kind. */
    INVOKE,
    /** peer = receiver, value = endpoint id, detail = words. */
    IPC_SEND,
    /** peer = sender, value = protected payload. */
    IPC_RECEIVE,
    /** peer = caller. */
    IPC_REPLY,
    /** CR3 load. value = new space id. */
    SPACE_SWITCH,
    /** The CPU starts running another process. peer = previous process. */
    CONTEXT_SWITCH,
    /** value = new {@code ProcessState} ordinal. */
    STATE_CHANGE,
    /** value = cycles. */
    COMPUTE,
    YIELD,
    /** The run stopped at a limit or was cancelled. detail = termination ordinal. */
    LIMIT,
    /**
     * The contents of a fault message as the handler receives it. process = handler, peer = faulted process,
     * value = the address the message carries (relative to the kept GPT for a memory handler), detail = see
     * {@link FaultMessages}. Last, so saved logs keep their ordinals.
     */
    FAULT_MESSAGE;

    public static final int COUNT = values().length;
    private static final EventType[] VALUES = values();

    public static EventType of(int ordinal) {
        return VALUES[ordinal];
    }

    public long bit() {
        return 1L << ordinal();
    }

    public static final long ALL = (1L << COUNT) - 1;
    /** Everything but the high-volume TOUCH and TLB_MISS. */
    public static final long STRUCTURAL = ALL & ~TOUCH.bit() & ~TLB_MISS.bit();

    public static long mask(EventType... types) {
        long m = 0;
        for (EventType t : types) {
            m |= t.bit();
        }
        return m;
    }
}
