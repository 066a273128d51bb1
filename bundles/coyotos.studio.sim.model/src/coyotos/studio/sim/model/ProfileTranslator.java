package coyotos.studio.sim.model;

import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CpuProfile;
import coyotos.studio.model.SimulationSetup;
import coyotos.studio.model.validation.ProfileLimits;
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
 * the user set says so as its source; the others keep the base's source. Values outside
 * {@link ProfileLimits} (negative, or beyond any x86) are errors here as well as in validation, because a forced
 * run skips validation: no value is ever cast into a different number.
 *
 * <p>A model without a {@code simulation} element gets what an empty one gets (the metamodel's defaults), so
 * removing an empty element changes nothing.
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
            s = CoyotosFactory.eINSTANCE.createSimulationSetup();
        }
        String name = builtinName(s.getCpuProfile());
        CpuProfile cp = s.getCustomProfile();
        if (cp != null) {
            custom = custom(cp, CpuProfiles.builtin(name == null ? BASE_DEFAULT : name));
            name = custom == null ? (name == null ? BASE_DEFAULT : name) : custom.name();
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
    private static String builtinName(String name) {
        if (name == null || name.isBlank() || MODEL_DEFAULT.equals(name)) {
            return BASE_DEFAULT;
        }
        CpuProfiles known = CpuProfiles.withBuiltins();
        return known.contains(name) ? known.canonical(name) : null;
    }

    /** The name a model's own profile runs under: its name, or "custom" when it has none. */
    static String nameOf(CpuProfile cp) {
        return cp.getName() == null || cp.getName().isBlank() ? "custom" : cp.getName();
    }

    private CostProfile custom(CpuProfile cp, CostProfile base) {
        String name = nameOf(cp);
        if (CpuProfiles.withBuiltins().contains(name) || MODEL_DEFAULT.equals(name)) {
            problems.error(cp, "is named '" + name + "' like a built-in CPU profile, which it would silently replace. "
                    + "Give it a name of its own.");
            return null;
        }
        boolean usable = true;
        for (ProfileLimits.Setting v : ProfileLimits.settings(cp)) {
            if (v.negative() || v.tooLarge()) {
                problems.error(cp, v.name() + " " + v.value() + " is outside 0.." + v.max() + ": the profile is not "
                        + "simulated with a value it does not mean.");
                usable = false;
            }
        }
        if (!usable) {
            return null;
        }
        CostProfile.Builder b = base.toBuilder(name).description("user profile '" + name + "' over " + base.name())
                .hypothetical(base.hypothetical());
        String mine = "set in the model (customProfile '" + name + "')";
        if (cp.getClockMHz() > 0) {
            b.clockGhz(cp.getClockMHz() / 1000.0).source(mine, "clockGhz");
        }
        long rt = cp.getKernelRoundTripCycles();
        if (rt > 0) {
            long sys = (long) base.syscallEntryCycles() + base.syscallExitCycles();
            long entry = rt * base.syscallEntryCycles() / sys;
            b.syscall(cycles(cp, "kernelRoundTripCycles", entry), cycles(cp, "kernelRoundTripCycles", rt - entry));
            // Exceptions and IRET scale with the syscall round trip: both are the same ring crossing, slower.
            double f = (double) rt / sys;
            b.trap(cycles(cp, "kernelRoundTripCycles", Math.round(base.trapEntryCycles() * f)),
                    cycles(cp, "kernelRoundTripCycles", Math.round(base.iretCycles() * f)));
            b.source(mine + ", split in " + base.name() + "'s proportions", "syscallEntryCycles", "syscallExitCycles",
                    "trapEntryCycles", "iretCycles");
        }
        if (cp.getCr3LoadCycles() > 0) {
            b.cr3Load(cycles(cp, "cr3LoadCycles", cp.getCr3LoadCycles())).source(mine, "cr3LoadCycles");
        }
        int refill = cp.getTlbRefillCycles() > 0 ? cycles(cp, "tlbRefillCycles", cp.getTlbRefillCycles())
                : base.tlbRefillCycles();
        int entries = cp.getTlbEntries() > 0 ? cp.getTlbEntries() : base.tlbEntries();
        // The model has no associativity: keep the base's (a TLB smaller than that is fully associative). Any
        // number of entries is simulated exactly; uneven sets get one way more (see Tlb).
        int ways = Math.min(base.tlbWays(), entries);
        if (entries % ways != 0 || Integer.bitCount(entries / ways) != 1) {
            problems.info(cp, "tlbEntries " + entries + " with the " + ways + " ways of " + base.name() + " gives "
                    + Math.max(1, entries / ways) + " sets" + (entries % ways != 0 ? " (some with one way more)" : "")
                    + ", not a power of two as in real TLBs; the set is the page number modulo that.");
        }
        b.tlb(entries, ways, refill);
        if (cp.getTlbRefillCycles() > 0) {
            b.source(mine, "tlbRefillCycles");
        }
        if (cp.getTlbEntries() > 0) {
            b.source(mine + " (" + ways + " ways, from " + base.name() + ")", "tlbEntries", "tlbWays");
        }
        b.pcid(cp.isPcid()).kpti(cp.isKpti()).source(mine, "pcid", "kpti");
        long fp = cp.getFaultPathCycles();
        if (fp > 0) {
            long sum = (long) base.faultEntryPathCycles() + base.faultMessagePathCycles() + base.resumePathCycles();
            long e = fp * base.faultEntryPathCycles() / sum;
            long m = fp * base.faultMessagePathCycles() / sum;
            b.faultPath(cycles(cp, "faultPathCycles", e), cycles(cp, "faultPathCycles", m),
                    cycles(cp, "faultPathCycles", fp - e - m)).source(mine + ", split in " + base.name()
                            + "'s proportions", "faultEntryPathCycles", "faultMessagePathCycles", "resumePathCycles");
        }
        if (cp.getIpcPathCycles() > 0) {
            b.ipc(cycles(cp, "ipcPathCycles", cp.getIpcPathCycles()), base.ipcPerWordCycles())
                    .source(mine, "ipcBaseCycles");
        }
        if (cp.getPageTableBuildCycles() > 0) {
            b.pageTables(base.pageTableLevels(), cycles(cp, "pageTableBuildCycles", cp.getPageTableBuildCycles()),
                    base.pageTablePageCycles(), base.gptWalkStepCycles()).source(mine, "pteBuildCycles");
        }
        try {
            return b.build();
        } catch (IllegalArgumentException ex) {
            problems.error(cp, "is not a usable cost profile: " + ex.getMessage());
            return null;
        }
    }

    /**
     * A cost the simulator holds as an int. Within {@link ProfileLimits} every value fits; a derived one that
     * does not is refused rather than wrapped.
     */
    private int cycles(CpuProfile cp, String from, long value) {
        if (value < 0 || value > Integer.MAX_VALUE) {
            problems.error(cp, from + " gives a cost of " + value + " cycles, which the simulator cannot hold.");
            return 0;
        }
        return (int) value;
    }
}
