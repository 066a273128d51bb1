package coyotos.studio.sim.machine;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every cost parameter of the x86 machine model, in CPU cycles. Built-in profiles are in
 * {@link CpuProfiles} (each number with its source); users define their own with {@link #builder}.
 *
 * @param syscallEntryCycles   user→kernel via SYSENTER/SYSCALL (invocations)
 * @param syscallExitCycles    kernel→user via SYSEXIT/SYSRET
 * @param trapEntryCycles      user→kernel via an exception (page fault) or INT
 * @param iretCycles           kernel→user via IRET (needed after an exception: full frame restore)
 * @param cr3LoadCycles        the MOV CR3 itself (address-space switch)
 * @param pcid                 TLB entries are tagged with an address-space id and survive CR3 loads
 * @param globalPages          kernel pages are global (CR4.PGE) and survive CR3 loads
 * @param kpti                 every kernel entry and exit also loads CR3 (page-table isolation)
 * @param tlbEntries           data TLB capacity (second level where there is one)
 * @param tlbWays              associativity (LRU within a set)
 * @param tlbRefillCycles      hardware page walk on a TLB miss when the PTE exists
 * @param pageTableLevels      2 (IA-32), 3 (PAE) or 4 (x86-64): decides page-table memory
 * @param pteBuildCycles       kernel writes one hardware PTE from a GPT walk result
 * @param pageTablePageCycles  kernel allocates and zeroes one page-table page
 * @param gptWalkStepCycles    kernel memory walker, per capability traversed
 * @param faultEntryPathCycles kernel: decode a hardware fault, save state
 * @param faultMessagePathCycles kernel: synthesize the fault message to a handler (§3.3)
 * @param invokePathCycles     kernel: decode an invocation, walk the invoked capability (§5)
 * @param resumePathCycles     kernel: make a faulted process runnable and reload its state (§3.3.2)
 * @param activationFramePathCycles kernel: build the activation frame on the handler stack
 * @param activationRestorePathCycles kernel: restore capability registers on activation return
 * @param schedulePathCycles   kernel: timer interrupt, pick next, save/restore registers
 * @param bankAllocPathCycles  space-bank allocation of a page or GPT (beyond the invocation itself)
 * @param capStorePathCycles   storing a capability into a GPT slot (beyond the invocation itself)
 * @param ipcBaseCycles        message transfer: rendezvous, reply capability, bookkeeping (§6)
 * @param ipcPerWordCycles     per payload word copied
 * @param userAccessCycles     a user memory reference that hits the TLB
 * @param kernelPagesPerEntry  kernel text/data pages touched per kernel entry (TLB pressure)
 * @param pae                  the CPU has PAE (3-level tables with 64-bit entries; the 2007 kernel uses them)
 * @param nx                   the CPU has NX/XD (only with PAE); whether it is enforced depends on the kernel
 * @param hypothetical         no Coyotos ran on this CPU (there was no x86-64 Coyotos): a what-if port
 * @param sources              where each constant comes from, by component name: a citation, or a text that
 *                             contains the word "estimate"
 */
public record CostProfile(String name, String description, double clockGhz,
        int syscallEntryCycles, int syscallExitCycles, int trapEntryCycles, int iretCycles,
        int cr3LoadCycles, boolean pcid, boolean globalPages, boolean kpti,
        int tlbEntries, int tlbWays, int tlbRefillCycles,
        int pageTableLevels, int pteBuildCycles, int pageTablePageCycles, int gptWalkStepCycles,
        int faultEntryPathCycles, int faultMessagePathCycles, int invokePathCycles, int resumePathCycles,
        int activationFramePathCycles, int activationRestorePathCycles, int schedulePathCycles,
        int bankAllocPathCycles, int capStorePathCycles,
        int ipcBaseCycles, int ipcPerWordCycles,
        int userAccessCycles, int kernelPagesPerEntry,
        boolean pae, boolean nx, boolean hypothetical, Map<String, String> sources) {

    /** What a user-defined constant says when nothing better is known. */
    public static final String ESTIMATE = "estimate";

    public CostProfile {
        Objects.requireNonNull(name);
        description = description == null ? "" : description;
        sources = sources == null ? Map.of() : Map.copyOf(sources);
        if (nx && !pae) {
            throw new IllegalArgumentException("NX needs PAE (64-bit page-table entries)");
        }
        // Any geometry is simulated in O(ways) (see Tlb); only sizes no array can hold are refused.
        if (tlbEntries <= 0 || tlbWays <= 0 || tlbEntries > Tlb.MAX_ENTRIES || tlbWays > tlbEntries) {
            throw new IllegalArgumentException("the TLB needs 1.." + Tlb.MAX_ENTRIES + " entries and 1..entries ways"
                    + " (entries " + tlbEntries + ", ways " + tlbWays + ")");
        }
        int[] costs = {syscallEntryCycles, syscallExitCycles, trapEntryCycles, iretCycles, cr3LoadCycles,
                tlbRefillCycles, pteBuildCycles, pageTablePageCycles, gptWalkStepCycles, faultEntryPathCycles,
                faultMessagePathCycles, invokePathCycles, resumePathCycles, activationFramePathCycles,
                activationRestorePathCycles, schedulePathCycles, bankAllocPathCycles, capStorePathCycles, ipcBaseCycles,
                ipcPerWordCycles, userAccessCycles, kernelPagesPerEntry};
        for (int c : costs) {
            if (c < 0) {
                // A negative cost would run the simulated clock backwards.
                throw new IllegalArgumentException("costs must not be negative (" + c + ")");
            }
        }
        if (pageTableLevels < 2 || pageTableLevels > 5) {
            throw new IllegalArgumentException("pageTableLevels must be 2..5");
        }
        if (clockGhz <= 0) {
            throw new IllegalArgumentException("clockGhz must be positive");
        }
    }

    /** One constant of a profile, with where it comes from. */
    public record Constant(String name, String value, String source) {
        public boolean estimate() {
            return source.toLowerCase(java.util.Locale.ROOT).contains(ESTIMATE);
        }
    }

    /**
     * Every constant in declaration order with its value and its source ({@code --explain}, the profile's
     * Properties). A constant without a recorded source says "estimate".
     */
    public List<Constant> explain() {
        List<Constant> out = new ArrayList<>();
        for (RecordComponent c : CostProfile.class.getRecordComponents()) {
            String n = c.getName();
            if (n.equals("name") || n.equals("description") || n.equals("sources")) {
                continue;
            }
            Object v;
            try {
                v = c.getAccessor().invoke(this);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            out.add(new Constant(n, String.valueOf(v), sources.getOrDefault(n, ESTIMATE + " (no source recorded)")));
        }
        return out;
    }

    /** Names of every constant {@link #explain} lists. */
    public static List<String> constantNames() {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : CostProfile.class.getRecordComponents()) {
            if (!List.of("name", "description", "sources").contains(c.getName())) {
                out.add(c.getName());
            }
        }
        return out;
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** A builder initialised from this profile, to derive variants. */
    public Builder toBuilder(String newName) {
        return new Builder(newName).from(this);
    }

    /** Builder with every parameter; start from a built-in with {@link #from}. */
    public static final class Builder {
        private String name, description = "";
        private double clockGhz = 2.0;
        private int syscallEntry, syscallExit, trapEntry, iret, cr3Load;
        private boolean pcid, globalPages = true, kpti;
        private int tlbEntries = 64, tlbWays = 4, tlbRefill;
        private int ptLevels = 2, pteBuild, ptPage, gptWalkStep;
        private int faultEntry, faultMessage, invoke, resume, actFrame, actRestore, schedule, bankAlloc, capStore;
        private int ipcBase, ipcPerWord, userAccess = 1, kernelPages = 2;
        private boolean pae, nx, hypothetical;
        private final Map<String, String> sources = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder from(CostProfile p) {
            description = p.description; clockGhz = p.clockGhz;
            syscallEntry = p.syscallEntryCycles; syscallExit = p.syscallExitCycles;
            trapEntry = p.trapEntryCycles; iret = p.iretCycles; cr3Load = p.cr3LoadCycles;
            pcid = p.pcid; globalPages = p.globalPages; kpti = p.kpti;
            tlbEntries = p.tlbEntries; tlbWays = p.tlbWays; tlbRefill = p.tlbRefillCycles;
            ptLevels = p.pageTableLevels; pteBuild = p.pteBuildCycles; ptPage = p.pageTablePageCycles;
            gptWalkStep = p.gptWalkStepCycles; faultEntry = p.faultEntryPathCycles;
            faultMessage = p.faultMessagePathCycles; invoke = p.invokePathCycles; resume = p.resumePathCycles;
            actFrame = p.activationFramePathCycles; actRestore = p.activationRestorePathCycles;
            schedule = p.schedulePathCycles; bankAlloc = p.bankAllocPathCycles; capStore = p.capStorePathCycles;
            ipcBase = p.ipcBaseCycles; ipcPerWord = p.ipcPerWordCycles; userAccess = p.userAccessCycles;
            kernelPages = p.kernelPagesPerEntry;
            pae = p.pae; nx = p.nx; hypothetical = p.hypothetical;
            sources.clear();
            sources.putAll(p.sources);
            return this;
        }

        public Builder description(String v) { description = v; return this; }
        public Builder clockGhz(double v) { clockGhz = v; return this; }
        public Builder syscall(int entry, int exit) { syscallEntry = entry; syscallExit = exit; return this; }
        public Builder trap(int entry, int iretExit) { trapEntry = entry; iret = iretExit; return this; }
        public Builder cr3Load(int v) { cr3Load = v; return this; }
        public Builder pcid(boolean v) { pcid = v; return this; }
        public Builder globalPages(boolean v) { globalPages = v; return this; }
        public Builder kpti(boolean v) { kpti = v; return this; }
        public Builder tlb(int entries, int ways, int refillCycles) { tlbEntries = entries; tlbWays = ways; tlbRefill = refillCycles; return this; }
        public Builder pageTables(int levels, int pteBuildCycles, int pageCycles, int walkStepCycles) { ptLevels = levels; pteBuild = pteBuildCycles; ptPage = pageCycles; gptWalkStep = walkStepCycles; return this; }
        public Builder faultPath(int entry, int message, int resumeCycles) { faultEntry = entry; faultMessage = message; resume = resumeCycles; return this; }
        public Builder invokePath(int v) { invoke = v; return this; }
        public Builder activationPath(int frame, int restore) { actFrame = frame; actRestore = restore; return this; }
        public Builder schedulePath(int v) { schedule = v; return this; }
        public Builder handlerOps(int bankAllocCycles, int capStoreCycles) { bankAlloc = bankAllocCycles; capStore = capStoreCycles; return this; }
        public Builder ipc(int base, int perWord) { ipcBase = base; ipcPerWord = perWord; return this; }
        public Builder userAccess(int v) { userAccess = v; return this; }
        public Builder kernelPagesPerEntry(int v) { kernelPages = v; return this; }
        public Builder pae(boolean v) { pae = v; return this; }
        public Builder nx(boolean v) { nx = v; return this; }
        public Builder hypothetical(boolean v) { hypothetical = v; return this; }

        /** Records where the given constants come from (a citation, or a text saying "estimate"). */
        public Builder source(String text, String... constants) {
            for (String c : constants) {
                if (!constantNames().contains(c)) {
                    throw new IllegalArgumentException("no constant '" + c + "'; known: " + constantNames());
                }
                sources.put(c, text);
            }
            return this;
        }

        public CostProfile build() {
            return new CostProfile(name, description, clockGhz, syscallEntry, syscallExit, trapEntry, iret, cr3Load,
                    pcid, globalPages, kpti, tlbEntries, tlbWays, tlbRefill, ptLevels, pteBuild, ptPage, gptWalkStep,
                    faultEntry, faultMessage, invoke, resume, actFrame, actRestore, schedule, bankAlloc, capStore,
                    ipcBase, ipcPerWord, userAccess, kernelPages, pae, nx, hypothetical, sources);
        }
    }
}
