package coyotos.studio.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import coyotos.studio.sim.fixtures.SeedScenarios;
import coyotos.studio.sim.result.CostCategory;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.run.Simulation;

/** Compare Runs: two runs category by category, with difference and ratio. */
class RunComparisonTest {

    @Test
    void rowsOfTwoRuns() {
        List<List<String>> cells = RunComparison.rows(TestRuns.small(), TestRuns.empty()).stream()
                .map(RunComparison.Row::cells).toList();
        assertEquals(List.of(
                List.of("User", "600", "0", "-600", "0.000×"),
                List.of("Ring transition", "140", "0", "-140", "0.000×"),
                List.of("Address-space switch", "20", "0", "-20", "0.000×"),
                List.of("TLB refill", "60", "0", "-60", "0.000×"),
                List.of("Page-table build", "0", "0", "0", "-"),
                List.of("Kernel path", "170", "0", "-170", "0.000×"),
                List.of("IPC", "8", "0", "-8", "0.000×"),
                List.of("Fault handler", "2", "0", "-2", "0.000×"),
                List.of("Total", "1,000", "0", "-1,000", "0.000×"),
                List.of("Faults raised", "4", "0", "-4", "0.000×"),
                List.of("Cycles per fault", "250", "0", "-250", "0.000×"),
                List.of("Memory (bytes)", "28,672", "28,672", "0", "1.000×")), cells);
        assertEquals(List.of("Total", "0", "1,000", "+1,000", "-"),
                RunComparison.rows(TestRuns.empty(), TestRuns.small()).get(8).cells(), "growth carries its sign");
        assertEquals(RunComparison.COLUMNS.size(), cells.get(0).size());
    }

    /** The seed question on the default profile: the activation handler costs less than one in its own space. */
    @Test
    void activationCostsLessThanAnExternalHandlerInItsOwnSpace() {
        RunResult own = Simulation.run(SeedScenarios.build(SeedScenarios.HandlerConfig.EXTERNAL_OWN_SPACE,
                SeedScenarios.Params.defaults(), null));
        RunResult activation = Simulation.run(SeedScenarios.build(SeedScenarios.HandlerConfig.ACTIVATION,
                SeedScenarios.Params.defaults(), null));
        List<RunComparison.Row> rows = RunComparison.rows(RunRecord.of(own, "a", "m", null),
                RunRecord.of(activation, "b", "m", null));
        RunComparison.Row total = rows.stream().filter(r -> r.what().equals(RunComparison.TOTAL)).findFirst()
                .orElseThrow();
        assertEquals(own.totalCycles(), total.a());
        assertEquals(activation.totalCycles(), total.b());
        assertTrue(total.difference() < 0 && total.ratio() < 1, "activation costs less than own-space external");
        RunComparison.Row sw = rows.stream().filter(r -> r.what().equals(CostCategory.ADDRESS_SPACE_SWITCH.label()))
                .findFirst().orElseThrow();
        assertTrue(sw.b() < sw.a());
    }
}
