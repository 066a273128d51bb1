package coyotos.studio.sim.kernel;

import coyotos.studio.sim.image.Access;
import coyotos.studio.sim.image.Restrictions;
import coyotos.studio.sim.machine.CostProfile;
import coyotos.studio.sim.machine.HardwarePageTables;
import coyotos.studio.sim.machine.Tlb;
import coyotos.studio.sim.memory.GptWalk;
import coyotos.studio.sim.memory.TranslationResult;
import coyotos.studio.sim.result.EventType;

/**
 * One user memory reference: TLB, then the hardware page tables, then (on a hardware page fault) the kernel's
 * GPT walk ({@code do_pageFault}, arch/i386/kernel/PageFault.c), which either builds the missing PTE lazily or
 * yields a Coyotos fault.
 */
final class MemoryAccess {
    /** IA-32: the kernel keeps [0xC0000000, 4G) for itself (KVA, PageFault.c). */
    static final long KERNEL_BASE = 0xC000_0000L;
    private static final Access[] ACCESS = Access.values();
    private final CostProfile cost;
    private final CostMeter meter;
    private final EventBus bus;
    private final Machine machine;
    private final GptWalk walk;
    private final boolean nx;
    /** The last walk's result; valid after {@link #access} returned a fault. */
    final TranslationResult result = new TranslationResult();

    MemoryAccess(CostMeter meter, EventBus bus, Machine machine, GptWalk walk) {
        this.cost = machine.rules.profile();
        this.meter = meter;
        this.bus = bus;
        this.machine = machine;
        this.walk = walk;
        this.nx = machine.rules.nx();
    }

    private static int needed(int access) {
        return access == 1 ? Tlb.WRITABLE : access == 2 ? Tlb.EXECUTABLE : 0;
    }

    /**
     * A reference by process {@code p} running on the CPU in its own space. Returns 0, or a fault code with
     * the process left in the kernel (entered by the page-fault exception) and {@link #result} describing it.
     * The user cycles of the reference go to {@code userCategory} (USER or HANDLER).
     */
    int access(KernelProcess p, long va, int access, int userCategory) {
        int pi = p.index;
        if (access >= Access.CAP_READ.ordinal()) {
            return capabilityAccess(p, va, access);
        }
        HardwarePageTables hw = p.hw;
        long vpn = va >>> 12;
        int tag = machine.cpu.tagOf(hw);
        int need = needed(access);
        int r = machine.tlb.lookup(tag, vpn);
        if (r >= 0 && (r & need) == need) {
            meter.charge(pi, userCategory, cost.userAccessCycles());
            bus.emit(EventType.TOUCH, pi, -1, va, access);
            return 0;
        }
        if (r < 0) {
            int pte = hw.lookup(vpn);
            if (pte >= 0 && (pte & need) == need) {
                meter.charge(pi, CostMeter.TLB, cost.tlbRefillCycles());
                machine.tlb.insert(tag, vpn, pte);
                bus.emit(EventType.TLB_MISS, pi, -1, va, access);
                meter.charge(pi, userCategory, cost.userAccessCycles());
                bus.emit(EventType.TOUCH, pi, -1, va, access);
                return 0;
            }
        }
        // Hardware page fault: the kernel consults the GPTs.
        machine.enter(p, true);
        meter.charge(pi, CostMeter.KERNEL, cost.faultEntryPathCycles());
        int fault = walk.translate(p.space, va, ACCESS[access], result);
        if (fault != 0) {
            meter.charge(pi, CostMeter.KERNEL, (long) cost.gptWalkStepCycles() * result.steps);
            return fault;
        }
        int rights = rightsOf(result.restrictions);
        int added = hw.build(vpn, result.pageIndex, rights);
        meter.charge(pi, CostMeter.PT_BUILD, (long) cost.gptWalkStepCycles() * result.steps
                + cost.pteBuildCycles() + (long) added * cost.pageTablePageCycles());
        bus.emit(EventType.PAGE_TABLE_BUILD, pi, -1, va, added);
        machine.exit(p);
        // The restarted instruction walks the fresh PTE into the TLB.
        meter.charge(pi, CostMeter.TLB, cost.tlbRefillCycles());
        machine.tlb.insert(tag, vpn, rights);
        meter.charge(pi, userCategory, cost.userAccessCycles());
        bus.emit(EventType.TOUCH, pi, -1, va, access);
        return 0;
    }

    /**
     * Kernel access to user memory on behalf of {@code p} (writing an activation save area), already in the
     * kernel: no ring transitions; builds the PTE if needed. Returns 0 or a fault code, {@link #result} the walk.
     */
    int kernelProbe(KernelProcess p, long va, Access access) {
        long vpn = va >>> 12;
        int need = needed(access.ordinal());
        int pte = p.hw.lookup(vpn);
        if (pte >= 0 && (pte & need) == need) {
            return 0;
        }
        int fault = walk.translate(p.space, va, access, result);
        if (fault != 0) {
            meter.charge(p.index, CostMeter.KERNEL, (long) cost.gptWalkStepCycles() * result.steps);
            return fault;
        }
        int added = p.hw.build(vpn, result.pageIndex, rightsOf(result.restrictions));
        meter.charge(p.index, CostMeter.PT_BUILD, (long) cost.gptWalkStepCycles() * result.steps
                + cost.pteBuildCycles() + (long) added * cost.pageTablePageCycles());
        bus.emit(EventType.PAGE_TABLE_BUILD, p.index, -1, va, added);
        return 0;
    }

    /**
     * Capability loads/stores are kernel operations in Coyotos (the CopyCap system call, spec §6.4.2): a kernel
     * entry that walks the GPTs every time.
     */
    private int capabilityAccess(KernelProcess p, long va, int access) {
        machine.enter(p, false);
        meter.charge(p.index, CostMeter.KERNEL, cost.invokePathCycles());
        int fault = walk.translate(p.space, va, ACCESS[access], result);
        meter.charge(p.index, CostMeter.KERNEL, (long) cost.gptWalkStepCycles() * result.steps);
        if (fault != 0) {
            return fault;
        }
        machine.exit(p);
        bus.emit(EventType.TOUCH, p.index, -1, va, access);
        return 0;
    }

    /** PTE rights from the restrictions accumulated on the path (PageFault.c: RO/WK read-only, NX if enabled). */
    int rightsOf(int restrictions) {
        int rights = 0;
        if ((restrictions & (Restrictions.RO | Restrictions.WK)) == 0) {
            rights |= Tlb.WRITABLE;
        }
        if (!nx || (restrictions & Restrictions.NX) == 0) {
            rights |= Tlb.EXECUTABLE;
        }
        return rights;
    }
}
