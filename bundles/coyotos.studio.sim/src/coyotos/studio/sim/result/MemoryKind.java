package coyotos.studio.sim.result;

/** What the memory overhead of a configuration is made of. */
public enum MemoryKind {
    /** Processes, GPTs, endpoints, cap pages (object sizes in {@code ObjectSizes}). */
    KERNEL_OBJECTS,
    /** x86 page-table pages built from GPTs, per distinct space. */
    HARDWARE_PAGE_TABLES,
    /** Stacks of activation handlers and of handler processes. */
    HANDLER_STACKS,
    /** Data pages of the image plus those handlers allocated. */
    DATA_PAGES
}
