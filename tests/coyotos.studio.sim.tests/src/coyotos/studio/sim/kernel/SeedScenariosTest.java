package coyotos.studio.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.fixtures.SeedScenarios;
import coyotos.studio.sim.fixtures.SeedScenarios.HandlerConfig;
import coyotos.studio.sim.fixtures.SeedScenarios.Params;
import coyotos.studio.sim.image.ActivationDesign;
import coyotos.studio.sim.image.KernelVariant;
import coyotos.studio.sim.image.Setup;
import coyotos.studio.sim.machine.CostProfile;
import coyotos.studio.sim.machine.CpuProfiles;
import coyotos.studio.sim.machine.VariantRules;
import coyotos.studio.sim.result.CostCategory;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;
import coyotos.studio.sim.run.Simulation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed question under both kernel variants: a page-fault storm with an external handler in its own space,
 * one sharing the faulting process's space, a memory handler, and an activation handler (what-if). Every expected
 * direction is derived from the variant's rules ({@link VariantRules}), never from cycle counts.
 */
@DisplayName("Seed scenario: page-fault storm under four handler configurations and both kernel variants")
class SeedScenariosTest {
    private static final Params P = Params.defaults();

    static RunResult run(HandlerConfig c, KernelVariant v, String profile) {
        return run(c, v, profile, P);
    }

    static RunResult run(HandlerConfig c, KernelVariant v, String profile, Params p) {
        return Simulation.run(SeedScenarios.build(c, p, Setup.DEFAULT.withProfile(profile).withKernel(v)));
    }

    static Stream<Arguments> variantsAndProfiles() {
        return Stream.of(KernelVariant.values()).flatMap(v -> Stream.of("pentium4", "core2").map(p -> Arguments.of(v, p)));
    }

    private static long switches(RunResult r, CostProfile p) {
        return r.categories().get(CostCategory.ADDRESS_SPACE_SWITCH) / p.cr3LoadCycles();
    }

    private static long bankCalls(RunResult r) {
        return r.process(SeedScenarios.BANK).orElseThrow().messagesReceived();
    }

    @ParameterizedTest
    @EnumSource(KernelVariant.class)
    @DisplayName("§3.3: every heap fault is delivered, resolved, and the worker completes")
    void everyFaultResolved(KernelVariant v) {
        for (HandlerConfig c : HandlerConfig.values()) {
            RunResult r = run(c, v, "pentium4");
            assertEquals(Termination.COMPLETED, r.termination(), r.diagnosis());
            assertEquals(P.heapPages(), r.faults().raised(), c.name());
            assertEquals(r.faults().raised(), r.faults().delivered());
            assertEquals(r.faults().raised(), r.faults().resolved());
            assertEquals(0, r.faults().fatal());
            assertEquals(ProcessState.DONE, r.process("worker0").orElseThrow().finalState());
            assertEquals(r.totalCycles(), r.categories().total(), "categories add up to the clock");
            assertEquals(v.id(), r.kernel());
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("variantsAndProfiles")
    @DisplayName("Hand-offs: two per fault between the faulting process and an external handler, two per allocation between the handler and the bank; CR3 loads as the variant loads them")
    void cr3LoadsFollowTheVariant(KernelVariant v, String profile) {
        CostProfile cost = CpuProfiles.builtin(profile);
        VariantRules rules = VariantRules.of(v, cost);
        RunResult own = run(HandlerConfig.EXTERNAL_OWN_SPACE, v, profile);
        RunResult shared = run(HandlerConfig.EXTERNAL_SHARED_SPACE, v, profile);
        RunResult act = run(HandlerConfig.ACTIVATION, v, profile);
        long faults = P.heapPages();
        // The first dispatch loads the worker's map, and in the 2007 kernel its exit loads the kernel map.
        long ends = 1 + (rules.handOffThroughKernelMap() ? 1 : 0);
        assertEquals(ends + 2 * faults * rules.cr3LoadsPerHandOff(false) + 2 * bankCalls(own) * rules.cr3LoadsPerHandOff(false),
                switches(own, cost));
        assertEquals(ends + 2 * faults * rules.cr3LoadsPerHandOff(true) + 2 * bankCalls(shared) * rules.cr3LoadsPerHandOff(false),
                switches(shared, cost));
        assertEquals(ends + 2 * bankCalls(act) * rules.cr3LoadsPerHandOff(false), switches(act, cost),
                "the activation handler runs in the faulting process: only its bank calls hand off");
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("variantsAndProfiles")
    @DisplayName("Scenario 2: a handler sharing the space saves the switch only where the variant skips the CR3 load between processes sharing a map")
    void sharedSpaceSavesTheSwitchOnlyInTheErosDesign(KernelVariant v, String profile) {
        VariantRules rules = VariantRules.of(v, CpuProfiles.builtin(profile));
        RunResult own = run(HandlerConfig.EXTERNAL_OWN_SPACE, v, profile);
        RunResult shared = run(HandlerConfig.EXTERNAL_SHARED_SPACE, v, profile);
        int expected = Integer.signum(rules.cr3LoadsPerHandOff(true) - rules.cr3LoadsPerHandOff(false));
        assertEquals(expected, Long.signum(shared.categories().get(CostCategory.ADDRESS_SPACE_SWITCH)
                - own.categories().get(CostCategory.ADDRESS_SPACE_SWITCH)));
        if (expected == 0) {
            double diff = Math.abs(shared.totalCycles() - own.totalCycles()) / (double) own.totalCycles();
            assertTrue(diff < 0.01, "the same cost within the page tables of the handler's own space: " + diff);
        } else {
            assertTrue(shared.totalCycles() < own.totalCycles());
        }
        assertEquals(own.perFault(CostCategory.RING_TRANSITION), shared.perFault(CostCategory.RING_TRANSITION), 1.0,
                "ring transitions do not depend on the space");
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("variantsAndProfiles")
    @DisplayName("Scenario 3 (what-if): an activation handler skips the fault's two hand-offs and costs less than an external handler in its own space")
    void activationCostsLessThanOwnSpace(KernelVariant v, String profile) {
        RunResult own = run(HandlerConfig.EXTERNAL_OWN_SPACE, v, profile);
        for (ActivationDesign d : ActivationDesign.values()) {
            RunResult act = run(HandlerConfig.ACTIVATION, v, profile, P.withDesign(d));
            assertTrue(act.totalCycles() < own.totalCycles(), d.id());
            assertTrue(act.perFault(CostCategory.ADDRESS_SPACE_SWITCH) < own.perFault(CostCategory.ADDRESS_SPACE_SWITCH));
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("variantsAndProfiles")
    @DisplayName("seed-2007 pays exactly one more kernel entry per fault than draft-0.5 (restoring the capability registers)")
    void seed2007PaysOneKernelEntry(KernelVariant v, String profile) {
        CostProfile cost = CpuProfiles.builtin(profile);
        VariantRules rules = VariantRules.of(v, cost);
        RunResult draft = run(HandlerConfig.ACTIVATION, v, profile, P.withDesign(ActivationDesign.DRAFT_0_5));
        RunResult seed = run(HandlerConfig.ACTIVATION, v, profile, P.withDesign(ActivationDesign.SEED_2007));
        assertEquals(rules.invocationEntryCycles() + rules.invocationExitCycles(),
                seed.perFault(CostCategory.RING_TRANSITION) - draft.perFault(CostCategory.RING_TRANSITION), 1e-9);
        assertEquals(cost.activationRestorePathCycles(),
                seed.perFault(CostCategory.KERNEL_PATH) - draft.perFault(CostCategory.KERNEL_PATH), 1e-9);
        assertEquals(draft.perFault(CostCategory.ADDRESS_SPACE_SWITCH), seed.perFault(CostCategory.ADDRESS_SPACE_SWITCH), 1e-9);
    }

    @ParameterizedTest
    @EnumSource(KernelVariant.class)
    @DisplayName("Scenario 4: on a PCID profile the refill after a switch disappears only where the kernel uses PCID")
    void pcidCollapsesRefillOnlyWhereUsed(KernelVariant v) {
        RunResult p4 = run(HandlerConfig.EXTERNAL_OWN_SPACE, v, "pentium4");
        RunResult pcid = run(HandlerConfig.EXTERNAL_OWN_SPACE, v, "modern-pcid");
        double ratio = pcid.perFault(CostCategory.TLB_REFILL) / p4.perFault(CostCategory.TLB_REFILL);
        if (VariantRules.of(v, CpuProfiles.MODERN_PCID).pcid()) {
            assertTrue(ratio < 0.1, "tagged entries survive the switches: " + ratio);
        } else {
            assertTrue(ratio > 0.3, "an untagged kernel flushes on every CR3 load whatever the CPU: " + ratio);
        }
    }

    @ParameterizedTest
    @EnumSource(KernelVariant.class)
    @DisplayName("§4.3.2: a memory handler takes every heap fault; the process handler none")
    void memoryHandlerTakesTheHeap(KernelVariant v) {
        RunResult mh = run(HandlerConfig.MEMORY_HANDLER, v, "pentium4");
        assertEquals(P.heapPages(), mh.process("pager0").orElseThrow().messagesReceived());
        assertEquals(0, mh.process("keeper0").orElseThrow().messagesReceived());
        assertTrue(mh.process("bank").orElseThrow().messagesReceived() >= P.heapPages(),
                "at least one allocation per fault (and the GPTs below the heap GPT), each a message to the bank");
    }

    @ParameterizedTest
    @EnumSource(KernelVariant.class)
    @DisplayName("The space bank is a user process: its allocations show as its own cycles and messages")
    void spaceBankIsAProcess(KernelVariant v) {
        RunResult r = run(HandlerConfig.EXTERNAL_OWN_SPACE, v, "pentium4");
        var bank = r.process("bank").orElseThrow();
        assertEquals(ProcessState.RECEIVING, bank.finalState());
        assertTrue(bank.categories().get(CostCategory.USER) >= P.heapPages() * CpuProfiles.PENTIUM4.bankAllocPathCycles());
        assertEquals(List.of("pager0", "worker0", "bank"), r.processes().stream().map(x -> x.name()).toList(),
                "the image's processes, then one process per space bank");
    }
}
