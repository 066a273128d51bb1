package coyotos.studio.sim.kernel;

import coyotos.studio.sim.machine.CostProfile;
import coyotos.studio.sim.machine.HardwarePageTables;
import coyotos.studio.sim.machine.Tlb;
import coyotos.studio.sim.memory.MemoryStore;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.x86.cpu.CpuHost;
import coyotos.studio.x86.cpu.PageMap;

/**
 * The memory-management unit of the simulated CPU, as the IA-32 interpreter sees it: its hardware page walk over
 * the kernel's {@link Tlb} model and the {@link HardwarePageTables} of the space on the CPU. A translation the TLB
 * model holds costs nothing more; one the page tables hold is a TLB refill (charged, and inserted into the TLB
 * model); one they do not hold is a #PF with the error code the hardware would give (present when a PTE exists but
 * lacks the right, write, user, and instruction fetch when NX is enforced), which the kernel then takes as
 * {@code vh_PageFault} does.
 *
 * <p>It keeps the interpreter's {@link PageMap} in step with the TLB model: an entry the TLB evicts or flushes
 * leaves the page map too, and a change of the space on the CPU clears it (the page map holds one space).
 */
final class Mmu implements CpuHost, Tlb.Listener {
    private final Machine machine;
    private final CostMeter meter;
    private final EventBus bus;
    private final MemoryStore store;
    private final CostProfile cost;
    private final boolean nx;
    private PageMap pages;
    /** The process whose space the page map holds, and that space's TLB tag. */
    private KernelProcess running;
    private HardwarePageTables mapped;
    private int tag;

    Mmu(Machine machine, CostMeter meter, EventBus bus, MemoryStore store) {
        this.machine = machine;
        this.meter = meter;
        this.bus = bus;
        this.store = store;
        this.cost = machine.rules.profile();
        this.nx = machine.rules.nx();
        machine.tlb.setListener(this);
    }

    void attach(PageMap map) {
        this.pages = map;
    }

    /** {@code p} runs next: the page map must hold its space (and only its space). */
    void running(KernelProcess p) {
        running = p;
        if (mapped != p.hw) {
            pages.clear();
            mapped = p.hw;
        }
        tag = machine.cpu.tagOf(p.hw);
    }

    @Override
    public int translate(int linear, int access, PageMap map) {
        KernelProcess p = running;
        long va = linear & 0xFFFF_FFFFL;
        long vpn = va >>> 12;
        int need = access == WRITE ? Tlb.WRITABLE : access == EXECUTE && nx ? Tlb.EXECUTABLE : 0;
        int error = PF_U | (access == WRITE ? PF_W : 0) | (access == EXECUTE && nx ? PF_I : 0);
        if (va >= MemoryAccess.KERNEL_BASE) {
            // Kernel pages are supervisor-only: a present page the user may not touch.
            return error | PF_P;
        }
        int r = machine.tlb.lookup(tag, vpn);
        if (r >= 0 && (r & need) == need) {
            map(vpn, r);
            return 0;
        }
        int pte = p.hw.lookup(vpn);
        if (pte < 0) {
            return error;
        }
        if ((pte & need) != need) {
            return error | PF_P;
        }
        if (r < 0) {
            meter.charge(p.index, CostMeter.TLB, cost.tlbRefillCycles());
            machine.tlb.insert(tag, vpn, pte);
            bus.emit(EventType.TLB_MISS, p.index, -1, va, access);
        }
        map(vpn, pte);
        return 0;
    }

    private void map(long vpn, int rights) {
        pages.map((int) vpn, store.pageData(mapped.pageOf(vpn)), (rights & Tlb.WRITABLE) != 0,
                !nx || (rights & Tlb.EXECUTABLE) != 0);
    }

    @Override
    public void evicted(int pcid, long vpn) {
        if (pages != null && pcid == tag && vpn < (1L << 20)) {
            pages.unmap((int) vpn);
        }
    }

    @Override
    public void flushed() {
        if (pages != null) {
            pages.clear();
        }
    }
}
