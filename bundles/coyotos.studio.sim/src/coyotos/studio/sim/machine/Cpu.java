package coyotos.studio.sim.machine;

/**
 * One processor: its TLB, the address space loaded in CR3, and the process it runs. The kernel charges the
 * costs; this class holds the state that a second CPU would duplicate.
 */
public final class Cpu {
    private final int id;
    private final Tlb tlb;
    private final boolean pcid;
    private final HardwarePageTables[] pcidOwner = new HardwarePageTables[Tlb.KERNEL_PCID];
    private HardwarePageTables space;
    private int process = -1;

    public Cpu(int id, CostProfile profile) {
        this(id, profile, profile.pcid());
    }

    /** {@code pcid}: whether the kernel tags CR3 loads (see {@link VariantRules#pcid()}). */
    public Cpu(int id, CostProfile profile, boolean pcid) {
        this.id = id;
        this.tlb = new Tlb(profile.tlbEntries(), profile.tlbWays());
        this.pcid = pcid;
    }

    public int id() { return id; }
    public Tlb tlb() { return tlb; }
    public HardwarePageTables space() { return space; }
    public int process() { return process; }
    public void setProcess(int p) { process = p; }

    /** The tag this CPU's TLB uses for entries of {@code s}. */
    public int tagOf(HardwarePageTables s) {
        return pcid ? s.pcid() : 0;
    }

    /**
     * Loads CR3 for {@code target} if it is not loaded already; returns true when a CR3 load happened. Without
     * PCID that flushes all non-global entries; with PCID only a reused tag is flushed (conservatively all
     * non-global entries, which only happens beyond 4095 spaces).
     */
    public boolean switchTo(HardwarePageTables target) {
        if (target == space) {
            return false;
        }
        space = target;
        if (!pcid) {
            tlb.flushNonGlobal();
        } else if (pcidOwner[target.pcid()] != target) {
            if (pcidOwner[target.pcid()] != null) {
                tlb.flushNonGlobal();
            }
            pcidOwner[target.pcid()] = target;
        }
        return true;
    }
}
