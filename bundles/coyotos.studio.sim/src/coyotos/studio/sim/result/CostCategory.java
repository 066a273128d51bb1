package coyotos.studio.sim.result;

/** Where simulated cycles go. */
public enum CostCategory {
    /** Workload references and computation. */
    USER,
    /** User↔kernel crossings (SYSENTER/SYSEXIT, exceptions, IRET). */
    RING_TRANSITION,
    /** CR3 loads. */
    ADDRESS_SPACE_SWITCH,
    /** Hardware page walks on TLB misses (mostly the consequence of switches). */
    TLB_REFILL,
    /** Building hardware page tables from GPTs on first touch. */
    PAGE_TABLE_BUILD,
    /** Kernel code that is neither transition, switch nor message copy. */
    KERNEL_PATH,
    /** Message transfer. */
    IPC,
    /** User code of fault handlers (external, memory or activation). */
    HANDLER;

    public static final int COUNT = values().length;
    private static final CostCategory[] VALUES = values();

    public static CostCategory of(int ordinal) {
        return VALUES[ordinal];
    }

    /** camelCase form used as JSON/CSV key. */
    public String key() {
        return name();
    }
}
