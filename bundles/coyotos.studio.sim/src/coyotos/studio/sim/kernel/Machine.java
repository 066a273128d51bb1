package coyotos.studio.sim.kernel;

import coyotos.studio.sim.machine.CostProfile;
import coyotos.studio.sim.machine.Cpu;
import coyotos.studio.sim.machine.HardwarePageTables;
import coyotos.studio.sim.machine.Tlb;
import coyotos.studio.sim.result.EventType;

/** The x86 side of kernel entry and exit: ring transitions, CR3 loads, kernel TLB footprint. */
final class Machine {
    /** Kernel text/data live at 0xC0000000 and up on IA-32. */
    private static final long KERNEL_VPN = 0xC0000L;

    private final CostProfile cost;
    private final CostMeter meter;
    private final EventBus bus;
    final Cpu cpu;
    final Tlb tlb;
    private final int kernelRights;

    Machine(CostProfile cost, CostMeter meter, EventBus bus) {
        this.cost = cost;
        this.meter = meter;
        this.bus = bus;
        this.cpu = new Cpu(0, cost);
        this.tlb = cpu.tlb();
        // Without CR4.PGE kernel entries are ordinary ones and go with every flush.
        this.kernelRights = Tlb.WRITABLE | Tlb.EXECUTABLE | (cost.globalPages() ? Tlb.GLOBAL : 0);
    }

    /** User→kernel. {@code trap}: exception or interrupt (vs SYSENTER/SYSCALL). */
    void enter(int p, boolean trap) {
        meter.charge(p, CostMeter.RING, trap ? cost.trapEntryCycles() : cost.syscallEntryCycles());
        if (cost.kpti()) {
            kptiSwitch(p);
        }
        for (int i = 0; i < cost.kernelPagesPerEntry(); i++) {
            int tag = cost.globalPages() ? Tlb.KERNEL_PCID : cpu.tagOf(cpu.space());
            if (tlb.lookup(tag, KERNEL_VPN + i) < 0) {
                meter.charge(p, CostMeter.TLB, cost.tlbRefillCycles());
                tlb.insert(tag, KERNEL_VPN + i, kernelRights);
            }
        }
    }

    /** Kernel→user. {@code iret}: full frame restore (after an exception, or to a preempted process). */
    void exit(int p, boolean iret) {
        if (cost.kpti()) {
            kptiSwitch(p);
        }
        meter.charge(p, CostMeter.RING, iret ? cost.iretCycles() : cost.syscallExitCycles());
    }

    private void kptiSwitch(int p) {
        meter.charge(p, CostMeter.SWITCH, cost.cr3LoadCycles());
        if (!cost.pcid()) {
            tlb.flushNonGlobal();
        }
    }

    /** Loads CR3 for the space of process {@code p} if another one is loaded (spec §6: skipped when shared). */
    void switchTo(int p, HardwarePageTables space) {
        if (cpu.switchTo(space)) {
            meter.charge(p, CostMeter.SWITCH, cost.cr3LoadCycles());
            bus.emit(EventType.SPACE_SWITCH, p, -1, space.id(), cost.pcid() ? 1 : 0);
        }
    }

    /** A call into a kernel-implemented object (bank, GPT, process capability): a full round trip. */
    void invokeKernelObject(int p, int pathCycles, int kind) {
        enter(p, false);
        meter.charge(p, CostMeter.KERNEL, cost.invokePathCycles() + pathCycles);
        bus.emit(EventType.INVOKE, p, -1, kind, pathCycles);
        exit(p, false);
    }
}
