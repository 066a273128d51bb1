package coyotos.studio.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.fixtures.IpcPingPong;
import coyotos.studio.sim.fixtures.SpaceLayout;
import coyotos.studio.sim.image.Access;
import coyotos.studio.sim.image.KernelVariant;
import coyotos.studio.sim.image.ProcessSpec;
import coyotos.studio.sim.image.Setup;
import coyotos.studio.sim.image.Step;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.machine.CostProfile;
import coyotos.studio.sim.machine.CpuProfiles;
import coyotos.studio.sim.machine.VariantRules;
import coyotos.studio.sim.result.CostCategory;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.MemoryKind;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;
import coyotos.studio.sim.run.Simulation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.DisplayName;

/** How each kernel variant uses the machine on entry, exit and hand-off, measured on small systems. */
@DisplayName("Kernel variants: entry, exit, hand-off, kernel pages, page tables")
class KernelVariantTest {
    private static final int ROUNDS = 50;

    private static RunResult pingPong(KernelVariant v, boolean shared, int ws, int rounds, String profile) {
        return Simulation.run(IpcPingPong.build(shared, ws, rounds,
                Setup.DEFAULT.withProfile(profile).withKernel(v)));
    }

    /** Marginal cost per round trip of {@code c}, between two run lengths (warm-up excluded). */
    private static double perRound(KernelVariant v, boolean shared, CostCategory c, String profile) {
        RunResult a = pingPong(v, shared, 4, ROUNDS, profile);
        RunResult b = pingPong(v, shared, 4, 3 * ROUNDS, profile);
        assertEquals(Termination.COMPLETED, b.termination(), b.diagnosis());
        return (b.categories().get(c) - a.categories().get(c)) / (2.0 * ROUNDS);
    }

    @ParameterizedTest
    @EnumSource(KernelVariant.class)
    @DisplayName("A call and its reply are two hand-offs; the 2007 kernel loads CR3 twice for each, even when both share one space")
    void cr3LoadsPerRoundTrip(KernelVariant v) {
        CostProfile p = CpuProfiles.PENTIUM4;
        VariantRules rules = VariantRules.of(v, p);
        assertEquals(2.0 * rules.cr3LoadsPerHandOff(true) * p.cr3LoadCycles(),
                perRound(v, true, CostCategory.ADDRESS_SPACE_SWITCH, "pentium4"), 1e-9);
        assertEquals(2.0 * rules.cr3LoadsPerHandOff(false) * p.cr3LoadCycles(),
                perRound(v, false, CostCategory.ADDRESS_SPACE_SWITCH, "pentium4"), 1e-9);
    }

    @ParameterizedTest
    @EnumSource(KernelVariant.class)
    @DisplayName("Invocations enter and leave as the variant says: int $0x30 and IRET in the 2007 kernel, SYSENTER/SYSEXIT in the EROS design")
    void ringTransitionsPerRoundTrip(KernelVariant v) {
        VariantRules rules = VariantRules.of(v, CpuProfiles.CORE2);
        assertEquals(2.0 * (rules.invocationEntryCycles() + rules.invocationExitCycles()),
                perRound(v, false, CostCategory.RING_TRANSITION, "core2"), 1e-9);
    }

    @ParameterizedTest
    @EnumSource(KernelVariant.class)
    @DisplayName("boot.S:268-270: kernel pages are not global in the 2007 kernel, so every CR3 load costs the kernel's TLB entries too")
    void kernelPagesRefillAfterEachLoad(KernelVariant v) {
        CostProfile p = CpuProfiles.PENTIUM4;
        VariantRules rules = VariantRules.of(v, p);
        double refill = perRound(v, true, CostCategory.TLB_REFILL, "pentium4");
        // Shared space: the user pages are refilled only where a CR3 load flushes them; kernel pages too unless global.
        double kernelEntries = rules.globalKernelPages() ? 0 : 2 * p.kernelPagesPerEntry();
        double userPages = rules.cr3LoadsPerHandOff(true) > 0 ? 4 + 4 + 2 : 0;
        assertEquals((kernelEntries + userPages) * p.tlbRefillCycles(), refill, 1e-9,
                "two kernel entries per round trip; the client's and server's working sets and the server's code");
    }

    @ParameterizedTest
    @EnumSource(KernelVariant.class)
    @DisplayName("boot.S:258-259: the 2007 kernel builds 3-level PAE tables whenever the CPU has PAE")
    void pageTableDepth(KernelVariant v) {
        SystemImage.Builder b = SystemImage.builder("one-page").setup(Setup.DEFAULT.withKernel(v));
        SpaceLayout space = new SpaceLayout(b, "s");
        space.mapPages(0x1000, 1, 0);
        b.process(ProcessSpec.builder("p").addressSpace(space.spaceCap())
                .workload(Step.Touch.pages(0x1000, 1, Access.READ)).build());
        RunResult r = Simulation.run(b.build());
        int levels = VariantRules.of(v, CpuProfiles.PENTIUM4).pageTableLevels();
        assertEquals(levels * 4096L, r.memory().get(MemoryKind.HARDWARE_PAGE_TABLES), "one table per level");
    }

    @ParameterizedTest
    @EnumSource(KernelVariant.class)
    @DisplayName("Every run names its kernel variant")
    void runsNameTheirVariant(KernelVariant v) {
        RunResult r = pingPong(v, true, 1, 1, "pentium4");
        assertEquals(v.id(), r.kernel());
        assertTrue(Images.trace(IpcPingPong.build(true, 1, 1, Setup.DEFAULT.withKernel(v)), EventType.SPACE_SWITCH)
                .result().kernel().equals(v.id()));
    }
}
