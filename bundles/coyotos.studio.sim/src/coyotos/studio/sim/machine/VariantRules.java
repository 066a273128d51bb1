package coyotos.studio.sim.machine;

import coyotos.studio.sim.image.KernelVariant;

/**
 * How one kernel variant uses one CPU: which instruction pair an invocation enters and leaves through, whether a
 * hand-off loads the kernel-only map first, whether kernel pages are global, whether CR3 loads carry a PCID, NX
 * and the page-table depth. The one place these rules live, so that an instruction-level caller (an IA-32
 * interpreter executing {@code int $0x30}) charges what the simulator charges. See {@link KernelVariant} for the
 * kernel sources each rule follows.
 */
public record VariantRules(KernelVariant variant, CostProfile profile) {

    public static VariantRules of(KernelVariant variant, CostProfile profile) {
        return new VariantRules(variant == null ? KernelVariant.DEFAULT : variant, profile);
    }

    /** User→kernel for a capability invocation: {@code int $0x30} in the 2007 kernel, else SYSENTER/SYSCALL. */
    public int invocationEntryCycles() {
        return variant.invokesThroughTrapGate() ? profile.trapEntryCycles() : profile.syscallEntryCycles();
    }

    /** Kernel→user after an invocation: always IRET in the 2007 kernel (interrupt.S:336,382), else SYSEXIT/SYSRET. */
    public int invocationExitCycles() {
        return variant.invokesThroughTrapGate() ? profile.iretCycles() : profile.syscallExitCycles();
    }

    /** User→kernel through an exception or interrupt (page fault, timer): the same in every variant. */
    public int trapEntryCycles() {
        return profile.trapEntryCycles();
    }

    /** Kernel→user after an exception, or to a process dispatched after one: IRET. */
    public int trapExitCycles() {
        return profile.iretCycles();
    }

    /** A hand-off first loads the kernel-only map (kern_Sched.c:46-48). */
    public boolean handOffThroughKernelMap() {
        return variant.handsOffThroughKernelMap();
    }

    /** Kernel TLB entries are global and survive CR3 loads. */
    public boolean globalKernelPages() {
        return variant.usesGlobalKernelPages() && profile.globalPages();
    }

    /** TLB entries are tagged with the space's PCID and survive CR3 loads. */
    public boolean pcid() {
        return variant.usesPcid() && profile.pcid();
    }

    /** Instruction fetches through an NX path fault with NoExecute. */
    public boolean nx() {
        return variant.enablesNx() && profile.nx();
    }

    /** Levels of the hardware page tables the kernel builds. */
    public int pageTableLevels() {
        if (variant.prefersPae() && profile.pae() && profile.pageTableLevels() < 3) {
            return 3;
        }
        return profile.pageTableLevels();
    }

    /** CR3 loads of one hand-off between two processes, by whether they share one mapping table. */
    public int cr3LoadsPerHandOff(boolean sameMap) {
        if (handOffThroughKernelMap()) {
            return 2;
        }
        return sameMap ? 0 : 1;
    }
}
