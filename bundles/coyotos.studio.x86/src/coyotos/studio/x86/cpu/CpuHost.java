package coyotos.studio.x86.cpu;

/**
 * What the interpreter asks of the machine around it: the slow path of address translation and, for a
 * process the kernel gave I/O privilege, the I/O ports. The kernel implements it with its GPT walk, TLB and
 * hardware-page-table model; tests implement it over a plain map of pages.
 */
public interface CpuHost {
    /** Access kinds passed to {@link #translate}. */
    int READ = 0, WRITE = 1, EXECUTE = 2;

    /** Page-fault error code bits (Intel SDM Vol. 3A §4.7): present, write, user, reserved bit, instruction fetch. */
    int PF_P = 0x1, PF_W = 0x2, PF_U = 0x4, PF_RSVD = 0x8, PF_I = 0x10;

    /**
     * Called when the page holding {@code linear} is not in {@code pages} with the rights the access needs
     * (a TLB miss, as far as the CPU can tell). Either map the page with {@link PageMap#map} and return 0, or
     * return the #PF error code (never 0: a user-mode fault has {@link #PF_U} set); the CPU then raises #PF
     * with CR2 = {@code linear}. A WRITE that finds the page read-only in {@code pages} is asked again here,
     * so the host sees (and charges) every protection fault. Each call is one hardware page walk.
     */
    int translate(int linear, int access, PageMap pages);

    /**
     * IN from {@code port} of {@code size} bytes, reached only when EFLAGS.IOPL is 3 (otherwise #GP(0)).
     * The default is a bus with nothing on it: all ones.
     */
    default int in(int port, int size) {
        return size == 4 ? -1 : (1 << (size * 8)) - 1;
    }

    /** OUT to {@code port}, reached only when EFLAGS.IOPL is 3. The default drops the value. */
    default void out(int port, int size, int value) {
    }
}
