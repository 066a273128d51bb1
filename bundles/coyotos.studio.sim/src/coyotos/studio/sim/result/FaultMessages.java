package coyotos.studio.sim.result;

import coyotos.studio.sim.memory.FaultCode;

/**
 * The detail word of a {@link EventType#FAULT_MESSAGE} event, and the text that says what the handler received.
 * A memory handler gets the fault code, the address relative to the kept GPT, a restart-only process capability
 * and a full-strength capability to the kept GPT (kern_Process.c:309-352); a process handler gets the fault code,
 * the fault info and a full process capability (kern_Process.c:225-263).
 */
public final class FaultMessages {
    private static final long MEMORY = 1L << 8;

    private FaultMessages() {
    }

    public static long pack(int faultCode, boolean memoryHandler, int keptGpt) {
        return (faultCode & 0xFF) | (memoryHandler ? MEMORY : 0) | ((long) (keptGpt + 1) << 16);
    }

    public static int faultCode(long detail) {
        return (int) (detail & 0xFF);
    }

    public static boolean memoryHandler(long detail) {
        return (detail & MEMORY) != 0;
    }

    /** Index of the kept GPT in the run's object table, or -1. */
    public static int keptGpt(long detail) {
        return (int) (detail >>> 16) - 1;
    }

    /** What the handler received, for the Trace. */
    public static String describe(long address, long detail) {
        int code = faultCode(detail);
        String fc = FaultCode.name(code) + " (" + code + ")";
        if (memoryHandler(detail)) {
            return "memory-handler message: " + fc + ", address 0x" + Long.toHexString(address)
                    + " relative to the kept GPT #" + keptGpt(detail)
                    + ", a restart-only process capability, a full-strength GPT capability";
        }
        return "process-handler message: " + fc + ", fault info 0x" + Long.toHexString(address)
                + ", a process capability";
    }
}
