package coyotos.studio.sim.model;

import coyotos.studio.model.CpuProfile;
import coyotos.studio.model.SimulationSetup;
import coyotos.studio.sim.image.KernelVariant;
import coyotos.studio.sim.image.Setup;
import coyotos.studio.sim.machine.CostProfile;
import coyotos.studio.sim.machine.CpuProfiles;

/**
 * The model's simulation setup → {@link Setup} (CPU profile, kernel variant, limits) and, when the model defines
 * one, a user {@link CostProfile}.
 *
 * <p>A model {@code CpuProfile} has fewer knobs than {@link CostProfile}: it is applied over the built-in its
 * setup names (pentium4 when none), and a 0 means "keep the base value" because the model cannot tell 0 from
 * unset. Round trips and path lengths are split over the base's parts in the base's proportions. Every constant
 * the user set says so as its source; the others keep the base's source.
 */
final class ProfileTranslator {
    /** The model's default profile name: the IA-32 machine of 2007, which the simulator calls pentium4. */
    static final String MODEL_DEFAULT = "i386-2007";
    static final String BASE_DEFAULT = "pentium4";

    private final Problems problems;
    private CostProfile custom;

    ProfileTranslator(Problems problems) {
        this.problems = problems;
    }

    CostProfile custom() {
        return custom;
    }

    Setup translate(SimulationSetup s) {
        if (s == null) {
            return Setup.DEFAULT;
        }
        String name = builtinName(s, s.getCpuProfile());
        CpuProfile cp = s.getCustomProfile();
        if (cp != null) {
            custom = custom(cp, CpuProfiles.builtin(name == null ? BASE_DEFAULT : name));
            name = custom == null ? name : custom.name();
        } else if (name == null) {
            problems.error(s, "CPU profile '" + s.getCpuProfile() + "' is unknown; known: "
                    + CpuProfiles.withBuiltins().knownText() + " (or define a customProfile).");
            name = BASE_DEFAULT;
        }
        long maxCycles = s.getMaxCycles();
        long maxEvents = s.getMaxEvents();
        if (maxCycles <= 0 || maxEvents <= 0) {
            problems.error(s, "maxCycles and maxEvents must be positive (" + maxCycles + ", " + maxEvents + ").");
            maxCycles = Setup.DEFAULT.maxCycles();
            maxEvents = Setup.DEFAULT.maxEvents();
        }
        return new Setup(name, maxCycles, maxEvents, s.getRandomSeed(), Setup.DEFAULT.quantumCycles(),
                KernelVariant.of(s.getKernel().getLiteral()));
    }

    /** A built-in name (an alias gives the profile it stands for), the model default mapped to pentium4, or null. */
    private String builtinName(SimulationSetup s, String name) {
        if (name == null || name.isBlank() || MODEL_DEFAULT.equals(name)) {
            return BASE_DEFAULT;
        }
        CpuProfiles known = CpuProfiles.withBuiltins();
        return known.contains(name) ? known.canonical(name) : null;
    }

    private CostProfile custom(CpuProfile cp, CostProfile base) {
        String name = cp.getName() == null || cp.getName().isBlank() ? "custom" : cp.getName();
        CostProfile.Builder b = base.toBuilder(name).description("user profile '" + name + "' over " + base.name())
                .hypothetical(base.hypothetical());
        String mine = "set in the model (customProfile '" + name + "')";
        if (cp.getClockMHz() > 0) {
            b.clockGhz(cp.getClockMHz() / 1000.0).source(mine, "clockGhz");
        }
        long rt = cp.getKernelRoundTripCycles();
        if (rt > 0) {
            int sys = base.syscallEntryCycles() + base.syscallExitCycles();
            int entry = (int) (rt * base.syscallEntryCycles() / sys);
            b.syscall(entry, (int) rt - entry);
            // Exceptions and IRET scale with the syscall round trip: both are the same ring crossing, slower.
            double f = (double) rt / sys;
            b.trap((int) Math.round(base.trapEntryCycles() * f), (int) Math.round(base.iretCycles() * f));
            b.source(mine + ", split in " + base.name() + "'s proportions", "syscallEntryCycles", "syscallExitCycles",
                    "trapEntryCycles", "iretCycles");
        }
        if (cp.getCr3LoadCycles() > 0) {
            b.cr3Load((int) cp.getCr3LoadCycles()).source(mine, "cr3LoadCycles");
        }
        int refill = cp.getTlbRefillCycles() > 0 ? (int) cp.getTlbRefillCycles() : base.tlbRefillCycles();
        int entries = cp.getTlbEntries() > 0 ? cp.getTlbEntries() : base.tlbEntries();
        // The model has no associativity: keep the base's when it gives a power-of-two number of sets.
        int ways = entries % base.tlbWays() == 0 && Integer.bitCount(entries / base.tlbWays()) == 1 ? base.tlbWays() : entries;
        if (ways != base.tlbWays()) {
            problems.info(cp, "tlbEntries " + entries + " is not a power-of-two multiple of " + base.tlbWays()
                    + " ways: simulated fully associative.");
        }
        b.tlb(entries, ways, refill);
        if (cp.getTlbRefillCycles() > 0) {
            b.source(mine, "tlbRefillCycles");
        }
        if (cp.getTlbEntries() > 0) {
            b.source(mine + (ways != base.tlbWays() ? "; simulated fully associative" : ""), "tlbEntries", "tlbWays");
        }
        b.pcid(cp.isPcid()).kpti(cp.isKpti()).source(mine, "pcid", "kpti");
        long fp = cp.getFaultPathCycles();
        if (fp > 0) {
            int sum = base.faultEntryPathCycles() + base.faultMessagePathCycles() + base.resumePathCycles();
            int e = (int) (fp * base.faultEntryPathCycles() / sum);
            int m = (int) (fp * base.faultMessagePathCycles() / sum);
            b.faultPath(e, m, (int) fp - e - m).source(mine + ", split in " + base.name() + "'s proportions",
                    "faultEntryPathCycles", "faultMessagePathCycles", "resumePathCycles");
        }
        if (cp.getIpcPathCycles() > 0) {
            b.ipc((int) cp.getIpcPathCycles(), base.ipcPerWordCycles()).source(mine, "ipcBaseCycles");
        }
        if (cp.getPageTableBuildCycles() > 0) {
            b.pageTables(base.pageTableLevels(), (int) cp.getPageTableBuildCycles(), base.pageTablePageCycles(),
                    base.gptWalkStepCycles()).source(mine, "pteBuildCycles");
        }
        try {
            return b.build();
        } catch (IllegalArgumentException ex) {
            problems.error(cp, "is not a usable cost profile: " + ex.getMessage());
            return null;
        }
    }
}
