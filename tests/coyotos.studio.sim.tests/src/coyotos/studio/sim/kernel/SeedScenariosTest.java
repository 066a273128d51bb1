package coyotos.studio.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.examples.SeedScenarios;
import coyotos.studio.sim.examples.SeedScenarios.HandlerConfig;
import coyotos.studio.sim.examples.SeedScenarios.Params;
import coyotos.studio.sim.image.Setup;
import coyotos.studio.sim.result.CostCategory;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;
import coyotos.studio.sim.run.Simulation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

@DisplayName("Seed scenario: page-fault storm under four handler configurations (§3.3 Exception Handling)")
class SeedScenariosTest {
    private static final Params P = Params.defaults();

    static RunResult run(HandlerConfig c, String profile) {
        return Simulation.run(SeedScenarios.build(c, P, Setup.DEFAULT.withProfile(profile)));
    }

    private static double switchAndRefill(RunResult r) {
        return r.perFault(CostCategory.ADDRESS_SPACE_SWITCH) + r.perFault(CostCategory.TLB_REFILL);
    }

    @ParameterizedTest
    @EnumSource(HandlerConfig.class)
    @DisplayName("§3.3: every heap fault is delivered, resolved, and the worker completes")
    void everyFaultResolved(HandlerConfig c) {
        RunResult r = run(c, "p4-2007");
        assertEquals(Termination.COMPLETED, r.termination(), r.diagnosis());
        assertEquals(P.heapPages(), r.faults().raised());
        assertEquals(r.faults().raised(), r.faults().delivered());
        assertEquals(r.faults().raised(), r.faults().resolved());
        assertEquals(0, r.faults().fatal());
        assertEquals(ProcessState.DONE, r.process("worker0").orElseThrow().finalState());
        assertEquals(r.totalCycles(), r.categories().total(), "categories add up to the clock");
    }

    @Test
    @DisplayName("Scenario 1 (p4-2007): external handler in its own space — switch + TLB refill is the largest non-user cost, above ring transitions")
    void externalOwnSpaceDominatedBySwitch() {
        RunResult r = run(HandlerConfig.EXTERNAL_OWN_SPACE, "p4-2007");
        double sw = switchAndRefill(r);
        assertTrue(sw > r.perFault(CostCategory.RING_TRANSITION), "switch+refill > ring transitions");
        for (CostCategory c : CostCategory.values()) {
            if (c != CostCategory.USER && c != CostCategory.ADDRESS_SPACE_SWITCH && c != CostCategory.TLB_REFILL) {
                assertTrue(sw > r.perFault(c), () -> "switch+refill " + sw + " vs " + c + " " + r.perFault(c));
            }
        }
    }

    @Test
    @DisplayName("Scenario 2 (p4-2007): handler sharing the space — the switch share disappears")
    void sharedSpaceHasNoSwitch() {
        RunResult own = run(HandlerConfig.EXTERNAL_OWN_SPACE, "p4-2007");
        RunResult shared = run(HandlerConfig.EXTERNAL_SHARED_SPACE, "p4-2007");
        assertTrue(shared.perFault(CostCategory.ADDRESS_SPACE_SWITCH) < 0.05 * own.perFault(CostCategory.ADDRESS_SPACE_SWITCH));
        assertTrue(switchAndRefill(shared) < 0.1 * switchAndRefill(own));
        assertEquals(own.perFault(CostCategory.RING_TRANSITION), shared.perFault(CostCategory.RING_TRANSITION), 1.0,
                "ring transitions remain");
        assertTrue(shared.totalCycles() < own.totalCycles());
    }

    @Test
    @DisplayName("Scenario 3 (p4-2007): activation handler — no switch, one more ring transition per fault, total below case 1")
    void activationHandler() {
        RunResult own = run(HandlerConfig.EXTERNAL_OWN_SPACE, "p4-2007");
        RunResult shared = run(HandlerConfig.EXTERNAL_SHARED_SPACE, "p4-2007");
        RunResult act = run(HandlerConfig.ACTIVATION, "p4-2007");
        assertTrue(act.perFault(CostCategory.ADDRESS_SPACE_SWITCH) < 0.05 * own.perFault(CostCategory.ADDRESS_SPACE_SWITCH));
        assertTrue(act.perFault(CostCategory.RING_TRANSITION) > shared.perFault(CostCategory.RING_TRANSITION));
        assertTrue(act.totalCycles() < own.totalCycles());
        double nearShared = Math.abs(act.totalCycles() - shared.totalCycles()) / (double) shared.totalCycles();
        assertTrue(nearShared < 0.1, "near case 2: " + nearShared);
    }

    @Test
    @DisplayName("Scenario 4: on modern-pcid the switch share collapses relative to p4-2007")
    void pcidCollapsesSwitchShare() {
        RunResult p4 = run(HandlerConfig.EXTERNAL_OWN_SPACE, "p4-2007");
        RunResult pcid = run(HandlerConfig.EXTERNAL_OWN_SPACE, "modern-pcid");
        double shareP4 = p4.categories().share(CostCategory.ADDRESS_SPACE_SWITCH) + p4.categories().share(CostCategory.TLB_REFILL);
        double sharePcid = pcid.categories().share(CostCategory.ADDRESS_SPACE_SWITCH) + pcid.categories().share(CostCategory.TLB_REFILL);
        assertTrue(sharePcid < 0.5 * shareP4, () -> "pcid " + sharePcid + " vs p4 " + shareP4);
        // With tagged TLB entries the refill after a switch is gone.
        assertTrue(pcid.perFault(CostCategory.TLB_REFILL) < 0.1 * p4.perFault(CostCategory.TLB_REFILL));
    }

    @Test
    @DisplayName("Scenario 3 (ha): a memory handler resolves heap faults at the same cost structure as case 1")
    void memoryHandlerLikeExternal() {
        RunResult mh = run(HandlerConfig.MEMORY_HANDLER, "p4-2007");
        assertEquals(P.heapPages(), mh.process("pager0").orElseThrow().messagesReceived());
        assertEquals(0, mh.process("keeper0").orElseThrow().messagesReceived());
    }
}
