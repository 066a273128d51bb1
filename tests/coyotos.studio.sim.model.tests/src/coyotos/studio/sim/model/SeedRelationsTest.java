package coyotos.studio.sim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.result.CostCategory;
import coyotos.studio.sim.result.RunResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed relations of docs/coyotos-domain.md §7 (scenarios 1-4), reproduced through the example files and the adapter, the
 * same relations SeedScenariosTest asserts on the images built in Java. Relations, not numbers.
 */
@DisplayName("Seed relations through the example files (§3.3 Exception Handling)")
class SeedRelationsTest {

    static RunResult run(String example, String profile) {
        ModelRun run = ModelSimulation.run(Examples.file(example), SimulationOverrides.NONE.withProfile(profile), null, null);
        assertTrue(run.ran(), () -> example + ": " + run.loadDiagnostics() + " " + run.problems());
        return run.result();
    }

    static double switchAndRefill(RunResult r) {
        return r.perFault(CostCategory.ADDRESS_SPACE_SWITCH) + r.perFault(CostCategory.TLB_REFILL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-external-own-space", "seed-external-shared-space", "seed-memory-handler", "seed-activation"})
    void everyHeapFaultIsResolved(String example) {
        RunResult r = run(example, "p4-2007");
        assertEquals(16, r.faults().raised(), "one fault per fresh heap page");
        assertEquals(r.faults().raised(), r.faults().delivered());
        assertEquals(r.faults().raised(), r.faults().resolved());
    }

    @Test
    @DisplayName("Scenario 1 (p4-2007): own space — switch + TLB refill above ring transitions per fault")
    void ownSpaceDominatedBySwitch() {
        RunResult own = run("seed-external-own-space", "p4-2007");
        assertTrue(switchAndRefill(own) > own.perFault(CostCategory.RING_TRANSITION),
                () -> "switch+refill " + switchAndRefill(own) + " vs ring " + own.perFault(CostCategory.RING_TRANSITION));
        assertTrue(switchAndRefill(own) > own.perFault(CostCategory.KERNEL_PATH));
    }

    @Test
    @DisplayName("Scenario 2 (p4-2007): shared space — the switch share disappears, ring transitions remain")
    void sharedSpaceHasNoSwitch() {
        RunResult own = run("seed-external-own-space", "p4-2007");
        RunResult shared = run("seed-external-shared-space", "p4-2007");
        assertTrue(shared.perFault(CostCategory.ADDRESS_SPACE_SWITCH) < 0.05 * own.perFault(CostCategory.ADDRESS_SPACE_SWITCH));
        assertTrue(switchAndRefill(shared) < 0.1 * switchAndRefill(own));
        double ringOwn = own.perFault(CostCategory.RING_TRANSITION);
        assertEquals(ringOwn, shared.perFault(CostCategory.RING_TRANSITION), 0.1 * ringOwn, "ring transitions remain");
        assertTrue(shared.totalCycles() < own.totalCycles());
    }

    @Test
    @DisplayName("Scenario 3 (p4-2007): activation — no switch, more ring transitions than shared, total below own space")
    void activationHandler() {
        RunResult own = run("seed-external-own-space", "p4-2007");
        RunResult shared = run("seed-external-shared-space", "p4-2007");
        RunResult act = run("seed-activation", "p4-2007");
        assertTrue(act.perFault(CostCategory.ADDRESS_SPACE_SWITCH) < 0.05 * own.perFault(CostCategory.ADDRESS_SPACE_SWITCH));
        assertTrue(act.perFault(CostCategory.RING_TRANSITION) > shared.perFault(CostCategory.RING_TRANSITION));
        assertTrue(act.totalCycles() < own.totalCycles());
    }

    @Test
    @DisplayName("Scenario 4: on modern-pcid the switch share collapses relative to p4-2007")
    void pcidCollapsesSwitchShare() {
        RunResult p4 = run("seed-external-own-space", "p4-2007");
        RunResult pcid = run("seed-external-own-space", "modern-pcid");
        double shareP4 = p4.categories().share(CostCategory.ADDRESS_SPACE_SWITCH) + p4.categories().share(CostCategory.TLB_REFILL);
        double sharePcid = pcid.categories().share(CostCategory.ADDRESS_SPACE_SWITCH) + pcid.categories().share(CostCategory.TLB_REFILL);
        assertTrue(sharePcid < 0.5 * shareP4, () -> "pcid " + sharePcid + " vs p4 " + shareP4);
        assertTrue(pcid.perFault(CostCategory.TLB_REFILL) < 0.1 * p4.perFault(CostCategory.TLB_REFILL));
    }

    @Test
    @DisplayName("Memory handler (ha): heap faults go to the pager, at the cost structure of case 1")
    void memoryHandlerLikeExternal() {
        RunResult mh = run("seed-memory-handler", "p4-2007");
        assertEquals(16, mh.process("pager").orElseThrow().messagesReceived());
        assertTrue(switchAndRefill(mh) > mh.perFault(CostCategory.RING_TRANSITION));
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
