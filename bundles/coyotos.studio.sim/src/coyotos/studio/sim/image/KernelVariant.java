package coyotos.studio.sim.image;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Which kernel the simulator runs. The two differ only in how the kernel uses the x86 machine on entry, exit and
 * hand-off; object semantics (spec 0.6 and the 2007 kernel's kern_*.c) are the same in both.
 *
 * <ul>
 * <li>{@link #COYOTOS_2007}: what the public 2007 kernel does. Every hand-off between processes goes through
 * {@code sched_abandon_transaction()}, which loads the kernel-only map first ({@code kern_Sched.c:46-48}), and
 * dispatch then loads the next process's map ({@code kern_Process.c:412}, {@code arch/i386/kernel/vm.c:254-271}):
 * two CR3 loads per hand-off even when both processes share one mapping table. Kernel pages are never global
 * ({@code boot.S:268-270}; the GLBL bits in {@code vm.c} are commented out) and CR3 is loaded without PCID bits
 * ({@code vm.c:266}), so on an untagged TLB each load also flushes the kernel's entries. Invocations enter with
 * {@code int $0x30} ({@code lib/runtime/i386/coyotos_invoke_capability.c:44-48}, {@code IRQ.c:355-369}) and every
 * return to user mode is an IRET ({@code interrupt.S:336,382}); there is no SYSENTER path and no IPC fast path.
 * Page tables are 3-level PAE whenever the CPU has PAE ({@code boot.S:258-259}); NX is never enabled
 * ({@code hwmap.c:55}, {@code IRQ.c:259}).</li>
 * <li>{@link #EROS_DESIGN}: the design the seed thread describes (as EROS did it): no CR3 load between processes
 * that share a mapping table, global kernel pages and PCID where the CPU has them, the profile's fast
 * entry/exit pair (SYSENTER/SYSEXIT or SYSCALL/SYSRET) for invocations, NX where the CPU has it.</li>
 * </ul>
 */
public enum KernelVariant {
    COYOTOS_2007("coyotos-2007"),
    EROS_DESIGN("eros-design");

    public static final KernelVariant DEFAULT = COYOTOS_2007;

    private final String id;

    KernelVariant(String id) {
        this.id = id;
    }

    /** The name users type (CLI {@code --kernel}, launch configurations, the model, reports). */
    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException naming the known variants when {@code name} is none of them */
    public static KernelVariant of(String name) {
        for (KernelVariant v : values()) {
            if (v.id.equals(name)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown kernel variant '" + name + "'; known: " + known());
    }

    /** The known ids, comma separated, for messages. */
    public static String known() {
        return Arrays.stream(values()).map(KernelVariant::id).collect(Collectors.joining(", "));
    }

    /** Every hand-off loads the kernel-only map before the next process's map (kern_Sched.c:46-48). */
    public boolean handsOffThroughKernelMap() {
        return this == COYOTOS_2007;
    }

    /** Invocations enter through the {@code int $0x30} trap gate and leave through IRET. */
    public boolean invokesThroughTrapGate() {
        return this == COYOTOS_2007;
    }

    /** Kernel pages are mapped global where the CPU has CR4.PGE (the 2007 kernel never sets PTE_GLBL). */
    public boolean usesGlobalKernelPages() {
        return this == EROS_DESIGN;
    }

    /** CR3 loads carry a PCID where the CPU has one (the 2007 kernel predates PCID). */
    public boolean usesPcid() {
        return this == EROS_DESIGN;
    }

    /** Instruction fetches through an NX path fault where the CPU has NX (hwmap.c:55: never in 2007). */
    public boolean enablesNx() {
        return this == EROS_DESIGN;
    }

    /** Builds 3-level PAE tables whenever the CPU has PAE (boot.S:258-259). */
    public boolean prefersPae() {
        return this == COYOTOS_2007;
    }

    /** One line for reports and views: what this variant follows. */
    public String summary() {
        return this == COYOTOS_2007
                ? "the 2007 kernel: two CR3 loads per hand-off, non-global kernel pages, int $0x30/IRET, PAE"
                : "the seed thread's design: no CR3 load between processes sharing a map, global kernel pages, fast entry";
    }
}
