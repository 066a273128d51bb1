package coyotos.studio.sim.machine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Registry of cost profiles by name, pre-filled with the built-ins. Figures marked "estimate" are
 * engineering estimates chosen to be consistent with the cited sources, not measured values: Intel does not
 * publish latencies for SYSENTER, IRET or MOV CR3, so the literature and the measurements of docs/coyotos-domain.md §5 anchor
 * them. A registry instance is not thread-safe while being filled; the built-ins are immutable.
 */
public final class CpuProfiles {

    /**
     * Pentium 4 / Core 2 era (2007, ~2.4 GHz, IA-32, 2-level page tables, no PCID): the machine the Coyotos
     * spec was written for.
     */
    public static final CostProfile P4_2007 = CostProfile.builder("p4-2007")
            .description("Pentium 4 / Core 2 (2007), IA-32, untagged TLB, SYSENTER/SYSEXIT")
            .clockGhz(2.4)
            // SYSENTER/SYSEXIT: a null system call on Core 2 is ~150-250 cycles including the minimal kernel
            // path (lmbench "null call" of that era); estimate 80 in, 70 out. Intel SDM Vol. 2B SYSENTER.
            .syscall(80, 70)
            // Exception entry and IRET are microcoded and much slower than SYSENTER/SYSEXIT on NetBurst/Core;
            // INT/IRET round trips of ~500+ cycles are commonly reported for P4 (estimate 300 + 200).
            .trap(300, 200)
            // MOV CR3 is serializing; the instruction itself ~100+ cycles on P4 (estimate 120). Its real cost
            // is the flush (Liedtke, "On micro-kernel construction", SOSP'95; Intel SDM Vol. 3A §4.10.4.1:
            // without PCID a CR3 load invalidates all non-global TLB entries).
            .cr3Load(120).pcid(false).globalPages(true).kpti(false)
            // Core 2 DTLB: 256 entries, 4-way (Intel 64 and IA-32 Optimization Reference Manual, Table 2-x
            // "Components of the Core microarchitecture"). Page walk with PTEs in L2: ~60 cycles (estimate).
            .tlb(256, 4, 60)
            // IA-32 two-level tables (Coyotos hwmap.c non-PAE); PTE write after a GPT walk ~150 cycles,
            // zeroing a 4 KiB page-table page ~1200 cycles (memory-bound, estimate), memwalk ~25/step.
            .pageTables(2, 150, 1200, 25)
            // Kernel path lengths scaled from EROS SOSP'99 (Shapiro, Smith, Farber: IPC ~ 1.6 µs round trip on
            // a 400 MHz P-II, about 300 cycles per direction of pure path) and Liedtke SOSP'93 (L4 IPC ~250
            // cycles on a 486 excluding entry/exit). Estimates: fault entry 250, message synthesis 300,
            // resume 150, invoke decode 200.
            .faultPath(250, 300, 150).invokePath(200)
            // Activation frame build and capability-register restore: comparable to message synthesis and
            // resume respectively (estimate).
            .activationPath(200, 150)
            .schedulePath(300)
            // The space bank is a user process in Coyotos; modelled as an invocation plus this path (estimate).
            .handlerOps(400, 120)
            .ipc(150, 2)
            .userAccess(1).kernelPagesPerEntry(2)
            .build();

    /**
     * A current x86-64 with PCID (Westmere+ / Zen, ~3 GHz, 4-level tables), calibrated on the project's
     * measurements (docs/coyotos-domain.md §5): null syscall ≈ 115 ns ≈ 350 cycles at 3 GHz including the minimal path.
     */
    public static final CostProfile MODERN_PCID = CostProfile.builder("modern-pcid")
            .description("x86-64 with PCID (2013+), SYSCALL/SYSRET, tagged TLB")
            .clockGhz(3.0)
            // 115 ns null syscall (docs/coyotos-domain.md §5) = ~345 cycles: entry 100 + exit 80 + ~165 path.
            .syscall(100, 80)
            // Exception entry/IRET: still microcoded; estimate 250 + 150 (consistent with the 4.7 µs of §5
            // SIGSEGV round trip being dominated by the Linux signal path, not by the trap itself).
            .trap(250, 150)
            // MOV CR3 with PCID and the no-flush bit ~200-250 cycles on Skylake-class cores (estimate); Intel
            // SDM Vol. 3A §4.10.1: entries tagged with PCID survive CR3 loads.
            .cr3Load(230).pcid(true).globalPages(true).kpti(false)
            // Second-level TLB (STLB) 1536 entries 12-way (Skylake; Intel Optimization Manual); page-walk caches
            // make a refill ~30 cycles (estimate).
            .tlb(1536, 12, 30)
            .pageTables(4, 80, 600, 12)
            // Path lengths: roughly half of the 2007 figures at higher IPC (estimate).
            .faultPath(150, 180, 90).invokePath(120)
            .activationPath(120, 90)
            .schedulePath(200)
            .handlerOps(250, 70)
            .ipc(90, 1)
            .userAccess(1).kernelPagesPerEntry(2)
            .build();

    /** modern-pcid with kernel page-table isolation (2018+): every kernel entry/exit loads CR3. */
    public static final CostProfile MODERN_KPTI = MODERN_PCID.toBuilder("modern-kpti")
            .description("x86-64 with PCID and KPTI (Meltdown mitigation): CR3 load on every kernel entry/exit")
            .kpti(true)
            .build();

    private final Map<String, CostProfile> profiles = new LinkedHashMap<>();

    private CpuProfiles() {
    }

    /** A new registry holding the built-ins; register user profiles on it. */
    public static CpuProfiles withBuiltins() {
        CpuProfiles r = new CpuProfiles();
        for (CostProfile p : List.of(P4_2007, MODERN_PCID, MODERN_KPTI)) {
            r.register(p);
        }
        return r;
    }

    /** A built-in profile by name. */
    public static CostProfile builtin(String name) {
        return withBuiltins().get(name);
    }

    public CpuProfiles register(CostProfile p) {
        profiles.put(p.name(), p);
        return this;
    }

    public CostProfile get(String name) {
        CostProfile p = profiles.get(name);
        if (p == null) {
            throw new NoSuchElementException("unknown CPU profile '" + name + "'; known: " + profiles.keySet());
        }
        return p;
    }

    public boolean contains(String name) {
        return profiles.containsKey(name);
    }

    public List<String> names() {
        return List.copyOf(profiles.keySet());
    }
}
