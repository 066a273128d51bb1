package coyotos.studio.sim.machine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Registry of cost profiles by name, pre-filled with the built-ins. Every constant of a built-in names its source
 * or says "estimate" ({@link CostProfile#explain}): Intel publishes TLB geometry and architectural behaviour, but
 * not latencies for INT, IRET, SYSENTER or MOV CR3, and the kernel path lengths of a kernel nobody measured on
 * these cores can only be estimated (scaled from published IPC figures, and said so). A registry instance is not
 * thread-safe while being filled; the built-ins are immutable.
 */
public final class CpuProfiles {

    /** The name saved launch configurations and older models use for {@link #PENTIUM4}. */
    public static final String P4_2007_ALIAS = "p4-2007";

    private static final String SDM_3A = "Intel SDM Vol. 3A";
    private static final String PATHS = "estimate, scaled from published IPC path lengths (EROS, Shapiro et al., "
            + "SOSP'99; L4, Liedtke, SOSP'93); no Coyotos kernel path was ever measured";

    /**
     * NetBurst Pentium 4 (2002-2007, IA-32 with PAE, no PCID): the CPU the 2007 Coyotos kernel was developed on.
     * INT/IRET are microcoded and several times slower on NetBurst than SYSENTER/SYSEXIT, the reason Linux 2.5 added
     * a SYSENTER path (LKML thread "Intel P6 vs P7 system call performance", December 2002).
     */
    public static final CostProfile PENTIUM4 = CostProfile.builder("pentium4")
            .description("NetBurst Pentium 4 (2002-2007), IA-32 with PAE, untagged 64-entry DTLB")
            .clockGhz(3.0).source("estimate: a typical 3 GHz desktop Pentium 4", "clockGhz")
            .syscall(90, 70)
            .source("estimate: SYSENTER/SYSEXIT are the fast pair on NetBurst (Intel SDM Vol. 2B SYSENTER); "
                    + "Intel publishes no latency", "syscallEntryCycles", "syscallExitCycles")
            .trap(700, 500)
            .source("estimate: NetBurst INT/IRET round trips above 1,000 cycles, several times SYSENTER/SYSEXIT, "
                    + "as measured in the LKML thread 'Intel P6 vs P7 system call performance' (Dec 2002)",
                    "trapEntryCycles", "iretCycles")
            .cr3Load(120).source("estimate: MOV CR3 is serializing; its real cost is the flush (" + SDM_3A
                    + " §4.10.4.1: without PCID a CR3 load invalidates every non-global TLB entry)", "cr3LoadCycles")
            .pcid(false).source(SDM_3A + " §4.10.1: PCIDs arrived with Westmere (2010); NetBurst has none", "pcid")
            .globalPages(true).source(SDM_3A + " §4.10.2.4: CR4.PGE global pages exist since the P6 family",
                    "globalPages")
            .kpti(false).source("page-table isolation is a 2018 mitigation; not on this CPU", "kpti")
            .tlb(64, 64, 60)
            .source("IA-32 Intel Architecture Optimization Reference Manual (2004), Pentium 4 cache parameters: "
                    + "DTLB 64 entries, fully associative", "tlbEntries", "tlbWays")
            .source("estimate: a two- or three-level walk with the entries in L2", "tlbRefillCycles")
            .pageTables(2, 150, 1200, 25)
            .source(SDM_3A + " §4.3: two-level 32-bit paging without PAE (what eros-design builds; coyotos-2007 "
                    + "builds PAE tables, boot.S:258-259)", "pageTableLevels")
            .source("estimate: PTE write after a GPT walk, zeroing a 4 KiB table page, one memwalk step",
                    "pteBuildCycles", "pageTablePageCycles", "gptWalkStepCycles")
            .faultPath(250, 300, 150).invokePath(200).activationPath(200, 150).schedulePath(300).handlerOps(400, 120)
            .ipc(150, 2)
            .source(PATHS, "faultEntryPathCycles", "faultMessagePathCycles", "resumePathCycles", "invokePathCycles",
                    "activationFramePathCycles", "activationRestorePathCycles", "schedulePathCycles",
                    "bankAllocPathCycles", "capStorePathCycles", "ipcBaseCycles", "ipcPerWordCycles")
            .userAccess(1).source("estimate: a load or store that hits the TLB and L1", "userAccessCycles")
            .kernelPagesPerEntry(2).source("estimate: kernel text and data pages touched per entry",
                    "kernelPagesPerEntry")
            .pae(true).source(SDM_3A + " §4.4 and CPUID.01H:EDX.PAE: every Pentium 4 has PAE", "pae")
            .nx(false).source("early NetBurst (Willamette, Northwood) has no XD bit; it came with 2004 Prescott "
                    + "steppings (" + SDM_3A + " §4.6)", "nx")
            .hypothetical(false).source("the 2007 kernel ran on IA-32 CPUs of this era", "hypothetical")
            .build();

    /** Core 2 (Merom/Conroe, 2006-2007): IA-32 with PAE and XD, untagged 256-entry 4-way DTLB. */
    public static final CostProfile CORE2 = PENTIUM4.toBuilder("core2")
            .description("Core 2 (2006-2007), IA-32 with PAE and XD, untagged 256-entry DTLB")
            .clockGhz(2.4).source("estimate: a typical 2.4 GHz Core 2 Duo", "clockGhz")
            .syscall(80, 70)
            .source("estimate: SYSENTER/SYSEXIT, Intel publishes no latency", "syscallEntryCycles",
                    "syscallExitCycles")
            .trap(300, 200)
            .source("estimate: INT/IRET are microcoded but far cheaper than on NetBurst (the P6 lineage)",
                    "trapEntryCycles", "iretCycles")
            .tlb(256, 4, 40)
            .source("Intel 64 and IA-32 Architectures Optimization Reference Manual, Intel Core microarchitecture: "
                    + "DTLB1 256 entries, 4-way, for 4 KiB pages", "tlbEntries", "tlbWays")
            .source("estimate: page walk with the entries in L2", "tlbRefillCycles")
            .faultPath(200, 240, 120).invokePath(160).activationPath(160, 120).schedulePath(240).handlerOps(320, 100)
            .ipc(120, 2)
            .source(PATHS + "; about 0.8 x pentium4 for the higher IPC", "faultEntryPathCycles",
                    "faultMessagePathCycles", "resumePathCycles", "invokePathCycles", "activationFramePathCycles",
                    "activationRestorePathCycles", "schedulePathCycles", "bankAllocPathCycles", "capStorePathCycles",
                    "ipcBaseCycles", "ipcPerWordCycles")
            .pae(true).source(SDM_3A + " §4.4 and CPUID.01H:EDX.PAE: Core 2 has PAE", "pae")
            .nx(true).source(SDM_3A + " §4.6: Core 2 has the XD bit (with PAE)", "nx")
            .build();

    /**
     * A current x86-64 with PCID (Westmere+ / Zen, ~3 GHz, 4-level tables). Hypothetical: there was no x86-64
     * Coyotos, so this is a port that never existed, calibrated on measurements of Linux on such a machine.
     */
    public static final CostProfile MODERN_PCID = CostProfile.builder("modern-pcid")
            .description("hypothetical port: x86-64 with PCID (2013+), SYSCALL/SYSRET, tagged TLB")
            .hypothetical(true).source("there was no x86-64 Coyotos: a what-if port", "hypothetical")
            .clockGhz(3.0).source("estimate: a typical 3 GHz server core", "clockGhz")
            .syscall(100, 80)
            .source("estimate: a null Linux system call measured at about 115 ns (345 cycles at 3 GHz) on an AMD "
                    + "EPYC VM without KPTI, split as entry + exit + ~165 cycles of path", "syscallEntryCycles",
                    "syscallExitCycles")
            .trap(250, 150).source("estimate: exception entry and IRET stay microcoded", "trapEntryCycles", "iretCycles")
            .cr3Load(230).source("estimate: MOV CR3 with PCID and the no-flush bit (" + SDM_3A + " §4.10.1)",
                    "cr3LoadCycles")
            .pcid(true).source(SDM_3A + " §4.10.1: entries tagged with a PCID survive CR3 loads", "pcid")
            .globalPages(true).source(SDM_3A + " §4.10.2.4", "globalPages")
            .kpti(false).source("no page-table isolation in this profile (see modern-kpti)", "kpti")
            .tlb(1536, 12, 30)
            .source("Intel Optimization Reference Manual, Skylake: second-level TLB 1536 entries, 12-way",
                    "tlbEntries", "tlbWays")
            .source("estimate: page-walk caches make a refill cheap", "tlbRefillCycles")
            .pageTables(4, 80, 600, 12)
            .source(SDM_3A + " §4.5: 4-level paging", "pageTableLevels")
            .source("estimate", "pteBuildCycles", "pageTablePageCycles", "gptWalkStepCycles")
            .faultPath(150, 180, 90).invokePath(120).activationPath(120, 90).schedulePath(200).handlerOps(250, 70)
            .ipc(90, 1)
            .source(PATHS + "; about half the pentium4 figures at higher IPC", "faultEntryPathCycles",
                    "faultMessagePathCycles", "resumePathCycles", "invokePathCycles", "activationFramePathCycles",
                    "activationRestorePathCycles", "schedulePathCycles", "bankAllocPathCycles", "capStorePathCycles",
                    "ipcBaseCycles", "ipcPerWordCycles")
            .userAccess(1).source("estimate", "userAccessCycles")
            .kernelPagesPerEntry(2).source("estimate", "kernelPagesPerEntry")
            .pae(true).source("x86-64 long mode always uses 64-bit entries", "pae")
            .nx(true).source(SDM_3A + " §4.6", "nx")
            .build();

    /** modern-pcid with kernel page-table isolation (2018+): every kernel entry/exit loads CR3. Hypothetical too. */
    public static final CostProfile MODERN_KPTI = MODERN_PCID.toBuilder("modern-kpti")
            .description("hypothetical port: x86-64 with PCID and KPTI (Meltdown mitigation), CR3 load on every "
                    + "kernel entry/exit")
            .kpti(true).source("the Meltdown mitigation (2018): kernel entry and exit switch page tables", "kpti")
            .build();

    private final Map<String, CostProfile> profiles = new LinkedHashMap<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();

    private CpuProfiles() {
    }

    /** A new registry holding the built-ins (and the alias p4-2007 for pentium4); register user profiles on it. */
    public static CpuProfiles withBuiltins() {
        CpuProfiles r = new CpuProfiles();
        for (CostProfile p : List.of(PENTIUM4, CORE2, MODERN_PCID, MODERN_KPTI)) {
            r.register(p);
        }
        r.aliases.put(P4_2007_ALIAS, PENTIUM4.name());
        return r;
    }

    /** A built-in profile by name or alias. */
    public static CostProfile builtin(String name) {
        return withBuiltins().get(name);
    }

    public CpuProfiles register(CostProfile p) {
        profiles.put(p.name(), p);
        return this;
    }

    /** By name or alias; an alias gives the profile it stands for (with that profile's own name). */
    public CostProfile get(String name) {
        CostProfile p = profiles.get(canonical(name));
        if (p == null) {
            throw new NoSuchElementException("unknown CPU profile '" + name + "'; known: " + knownText());
        }
        return p;
    }

    public boolean contains(String name) {
        return profiles.containsKey(canonical(name));
    }

    /** The profile name an alias stands for; other names unchanged. */
    public String canonical(String name) {
        return aliases.getOrDefault(name, name);
    }

    /** Canonical names, in registration order (aliases are accepted but not listed here). */
    public List<String> names() {
        return List.copyOf(profiles.keySet());
    }

    /** "pentium4, core2, ... (alias p4-2007 = pentium4)": for messages. */
    public String knownText() {
        StringBuilder sb = new StringBuilder(String.join(", ", profiles.keySet()));
        aliases.forEach((a, p) -> sb.append(" (alias ").append(a).append(" = ").append(p).append(')'));
        return sb.toString();
    }
}
