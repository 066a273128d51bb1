package coyotos.studio.sim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.image.ActivationDesign;
import coyotos.studio.sim.image.KernelVariant;
import coyotos.studio.sim.machine.CostProfile;
import coyotos.studio.sim.machine.CpuProfiles;
import coyotos.studio.sim.machine.VariantRules;
import coyotos.studio.sim.result.CostCategory;
import coyotos.studio.sim.result.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The seed question through the shipped example files, under both kernel variants. Every expected direction comes
 * from the variant's rules ({@link VariantRules}), never from cycle counts; the numbers go to the README's table,
 * which this test keeps equal to what the simulator computes.
 */
@DisplayName("Seed relations through the example files, both kernel variants")
class SeedRelationsTest {

    static RunResult run(String example, KernelVariant v, String profile) {
        return SeedAnswer.run(example, v, profile, null);
    }

    @ParameterizedTest
    @EnumSource(KernelVariant.class)
    void everyHeapFaultIsResolved(KernelVariant v) {
        for (String example : SeedAnswer.CONFIGURATIONS) {
            RunResult r = run(example, v, "pentium4");
            assertEquals(16, r.faults().raised(), example + ": one fault per fresh heap page");
            assertEquals(r.faults().raised(), r.faults().delivered());
            assertEquals(r.faults().raised(), r.faults().resolved());
            assertEquals(v.id(), r.kernel());
        }
    }

    @ParameterizedTest
    @EnumSource(KernelVariant.class)
    @DisplayName("Scenario 2: sharing the faulting process's space saves the address-space switch only where the variant skips the CR3 load between processes sharing a map")
    void sharedSpaceSavesTheSwitchOnlyUnderTheErosDesign(KernelVariant v) {
        VariantRules rules = VariantRules.of(v, CpuProfiles.PENTIUM4);
        RunResult own = run("seed-external-own-space", v, "pentium4");
        RunResult shared = run("seed-external-shared-space", v, "pentium4");
        int expected = Integer.signum(rules.cr3LoadsPerHandOff(true) - rules.cr3LoadsPerHandOff(false));
        assertEquals(expected, Long.signum(shared.categories().get(CostCategory.ADDRESS_SPACE_SWITCH)
                - own.categories().get(CostCategory.ADDRESS_SPACE_SWITCH)));
        double ringOwn = own.perFault(CostCategory.RING_TRANSITION);
        assertEquals(ringOwn, shared.perFault(CostCategory.RING_TRANSITION), 0.05 * ringOwn,
                "ring transitions remain (but for the page-table builds of the handler's own pages)");
    }

    @ParameterizedTest
    @EnumSource(KernelVariant.class)
    @DisplayName("Scenario 3 (what-if): both activation designs cost less than an external handler in its own space, and seed-2007 pays exactly one kernel entry per fault more than draft-0.5")
    void activationDesigns(KernelVariant v) {
        RunResult own = run("seed-external-own-space", v, "pentium4");
        RunResult draft = SeedAnswer.run("seed-activation", v, "pentium4", ActivationDesign.DRAFT_0_5);
        RunResult seed = SeedAnswer.run("seed-activation", v, "pentium4", ActivationDesign.SEED_2007);
        assertTrue(draft.totalCycles() < own.totalCycles());
        assertTrue(seed.totalCycles() < own.totalCycles());
        VariantRules rules = VariantRules.of(v, CpuProfiles.PENTIUM4);
        assertEquals(rules.invocationEntryCycles() + rules.invocationExitCycles(),
                seed.perFault(CostCategory.RING_TRANSITION) - draft.perFault(CostCategory.RING_TRANSITION), 1e-9);
    }

    @ParameterizedTest
    @EnumSource(KernelVariant.class)
    @DisplayName("Scenario 4: on modern-pcid the TLB refill after the switches collapses only where the kernel tags CR3 loads")
    void pcidCollapsesRefillOnlyWhereUsed(KernelVariant v) {
        RunResult p4 = run("seed-external-own-space", v, "pentium4");
        RunResult pcid = run("seed-external-own-space", v, "modern-pcid");
        double ratio = pcid.perFault(CostCategory.TLB_REFILL) / p4.perFault(CostCategory.TLB_REFILL);
        assertEquals(VariantRules.of(v, CpuProfiles.MODERN_PCID).pcid(), ratio < 0.1, "refill ratio " + ratio);
    }

    @ParameterizedTest
    @EnumSource(KernelVariant.class)
    @DisplayName("§4.3.2: the memory handler takes every heap fault")
    void memoryHandlerTakesTheHeap(KernelVariant v) {
        RunResult mh = run("seed-memory-handler", v, "pentium4");
        assertEquals(16, mh.process("pager").orElseThrow().messagesReceived());
    }

    @Test
    @DisplayName("Every CR3 load is accounted for: per fault, the hand-offs times what the variant loads per hand-off")
    void switchesPerFault() {
        CostProfile p = CpuProfiles.PENTIUM4;
        for (KernelVariant v : KernelVariant.values()) {
            VariantRules rules = VariantRules.of(v, p);
            RunResult own = run("seed-external-own-space", v, "pentium4");
            RunResult act = run("seed-activation", v, "pentium4");
            double ownLoads = own.perFault(CostCategory.ADDRESS_SPACE_SWITCH) / p.cr3LoadCycles();
            double actLoads = act.perFault(CostCategory.ADDRESS_SPACE_SWITCH) / p.cr3LoadCycles();
            // faulting process <-> pager and pager <-> bank: four hand-offs; the activation handler: the bank's two
            assertEquals(4 * rules.cr3LoadsPerHandOff(false), ownLoads, 0.3, v.id());
            assertEquals(2 * rules.cr3LoadsPerHandOff(false), actLoads, 0.3, v.id());
        }
    }

    @Test
    @DisplayName("The README's seed answer table is what the simulator computes today")
    void readmeShowsTheSeedAnswer() throws IOException {
        String readme = Files.readString(Path.of("../../README.md"));
        String table = SeedAnswer.table("pentium4");
        assertTrue(readme.contains(table), "README.md must contain, verbatim:\n" + table);
    }

    @Test
    @DisplayName("Same file and seed give the same digest; another seed is still a valid run")
    void deterministic() {
        ModelRun a = ModelSimulation.run(Examples.file("seed-activation"), SimulationOverrides.NONE.withSeed(7L), null, null);
        ModelRun b = ModelSimulation.run(Examples.file("seed-activation"), SimulationOverrides.NONE.withSeed(7L), null, null);
        assertEquals(a.result().digestHex(), b.result().digestHex());
        assertEquals(7L, a.result().seed());
    }
}
