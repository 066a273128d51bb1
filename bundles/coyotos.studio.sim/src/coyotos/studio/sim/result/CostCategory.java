package coyotos.studio.sim.result;

/** Where simulated cycles go. */
public enum CostCategory {
    /** Workload references and computation. */
    USER("User"),
    /** User↔kernel crossings (SYSENTER/SYSEXIT, exceptions, IRET). */
    RING_TRANSITION("Ring transition"),
    /** CR3 loads. */
    ADDRESS_SPACE_SWITCH("Address-space switch"),
    /** Hardware page walks on TLB misses (mostly the consequence of switches). */
    TLB_REFILL("TLB refill"),
    /** Building hardware page tables from GPTs on first touch. */
    PAGE_TABLE_BUILD("Page-table build"),
    /** Kernel code that is neither transition, switch nor message copy. */
    KERNEL_PATH("Kernel path"),
    /** Message transfer. */
    IPC("IPC"),
    /** User code of fault handlers (external, memory or activation). */
    HANDLER("Fault handler");

    public static final int COUNT = values().length;
    private static final CostCategory[] VALUES = values();

    public static CostCategory of(int ordinal) {
        return VALUES[ordinal];
    }

    private final String label;

    CostCategory(String label) {
        this.label = label;
    }

    /** The form used as JSON/CSV key (the constant's name; saved runs and reports depend on it). */
    public String key() {
        return name();
    }

    /** How tables and charts name the category: "Address-space switch", the same in every view. */
    public String label() {
        return label;
    }
}
