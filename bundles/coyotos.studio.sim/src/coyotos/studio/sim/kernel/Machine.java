package coyotos.studio.sim.kernel;

import coyotos.studio.sim.machine.CostProfile;
import coyotos.studio.sim.machine.Cpu;
import coyotos.studio.sim.machine.HardwarePageTables;
import coyotos.studio.sim.machine.Tlb;
import coyotos.studio.sim.machine.VariantRules;
import coyotos.studio.sim.result.EventType;

/**
 * The x86 side of kernel entry, exit and hand-off: ring transitions, CR3 loads and the kernel's TLB footprint,
 * charged as {@link VariantRules} say for the kernel variant of the run.
 */
final class Machine {
    /** Kernel text/data live at 0xC0000000 and up on IA-32. */
    private static final long KERNEL_VPN = 0xC0000L;
    /** Id of the kernel-only map ({@code KernMapping}) in SPACE_SWITCH events. */
    static final int KERNEL_MAP_ID = -1;

    private final CostProfile cost;
    final VariantRules rules;
    private final CostMeter meter;
    private final EventBus bus;
    final Cpu cpu;
    final Tlb tlb;
    private final HardwarePageTables kernelMap;
    private final int kernelRights;

    Machine(VariantRules rules, CostMeter meter, EventBus bus) {
        this.cost = rules.profile();
        this.rules = rules;
        this.meter = meter;
        this.bus = bus;
        this.cpu = new Cpu(0, cost, rules.pcid());
        this.tlb = cpu.tlb();
        this.kernelMap = new HardwarePageTables(KERNEL_MAP_ID, Tlb.KERNEL_PCID - 1, rules.pageTableLevels());
        // Non-global kernel entries are ordinary ones and go with every flush (boot.S:268-270 in the 2007 kernel).
        this.kernelRights = Tlb.WRITABLE | Tlb.EXECUTABLE | (rules.globalKernelPages() ? Tlb.GLOBAL : 0);
    }

    /**
     * User→kernel. {@code trap}: an exception or interrupt; otherwise a capability invocation, which the 2007
     * kernel also takes through a trap gate ({@code int $0x30}).
     */
    void enter(KernelProcess p, boolean trap) {
        int pi = p.index;
        meter.charge(pi, CostMeter.RING, trap ? rules.trapEntryCycles() : rules.invocationEntryCycles());
        p.enteredByTrap = trap;
        if (cost.kpti()) {
            kptiSwitch(pi);
        }
        boolean global = rules.globalKernelPages();
        for (int i = 0; i < cost.kernelPagesPerEntry(); i++) {
            int tag = global ? Tlb.KERNEL_PCID : cpu.tagOf(cpu.space());
            if (tlb.lookup(tag, KERNEL_VPN + i) < 0) {
                meter.charge(pi, CostMeter.TLB, cost.tlbRefillCycles());
                tlb.insert(tag, KERNEL_VPN + i, kernelRights);
            }
        }
    }

    /** Kernel→user: IRET after an exception and always in the 2007 kernel, else the fast return. */
    void exit(KernelProcess p) {
        if (cost.kpti()) {
            kptiSwitch(p.index);
        }
        meter.charge(p.index, CostMeter.RING, p.enteredByTrap ? rules.trapExitCycles() : rules.invocationExitCycles());
    }

    private void kptiSwitch(int p) {
        meter.charge(p, CostMeter.SWITCH, cost.cr3LoadCycles());
        if (!rules.pcid()) {
            tlb.flushNonGlobal();
        }
    }

    /**
     * The current process leaves the CPU. The 2007 kernel's {@code sched_abandon_transaction()} first loads the
     * kernel-only map, so that the process's mapping structures may go (kern_Sched.c:46-48).
     */
    void abandon(KernelProcess p) {
        if (rules.handOffThroughKernelMap()) {
            load(p.index, kernelMap);
        }
    }

    /** Dispatch loads the process's map unless it is loaded already (vm.c:254-271 returns early then). */
    void loadMap(KernelProcess p) {
        load(p.index, p.hw);
    }

    private void load(int p, HardwarePageTables map) {
        if (cpu.switchTo(map)) {
            meter.charge(p, CostMeter.SWITCH, cost.cr3LoadCycles());
            bus.emit(EventType.SPACE_SWITCH, p, -1, map.id(), rules.pcid() ? 1 : 0);
        }
    }

    /** A call on a kernel-implemented object (GPT, process capability) that returns to the caller. */
    void invokeKernelObject(KernelProcess p, int pathCycles, int kind) {
        enter(p, false);
        meter.charge(p.index, CostMeter.KERNEL, cost.invokePathCycles() + pathCycles);
        bus.emit(EventType.INVOKE, p.index, -1, kind, pathCycles);
        exit(p);
    }
}
