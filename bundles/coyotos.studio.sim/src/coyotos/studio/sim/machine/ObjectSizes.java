package coyotos.studio.sim.machine;

/**
 * In-memory sizes of kernel objects on IA-32, for the memory-overhead report. Estimates from the object
 * layouts (libcoyimage / obstore): capabilities are 16 bytes (spec §2); a process holds 32 capability
 * registers plus brand, cohort, space, schedule and handler slots and the architected register set; a GPT
 * holds 16 capabilities and a state word.
 */
public final class ObjectSizes {
    public static final int CAPABILITY = 16;
    /** 37 capabilities + fault code/info, flags, IA-32 register set, kernel bookkeeping (estimate). */
    public static final int PROCESS = 37 * CAPABILITY + 256 + 128;
    /** 16 slots + state word + object header (estimate). */
    public static final int GPT = 16 * CAPABILITY + 32;
    /** Recipient capability, endpoint id, pm, protected payload, header (estimate). */
    public static final int ENDPOINT = CAPABILITY + 48;
    public static final int PAGE = 4096;

    private ObjectSizes() {
    }
}
