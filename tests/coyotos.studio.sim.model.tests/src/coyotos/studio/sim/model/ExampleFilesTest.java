package coyotos.studio.sim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Process;
import coyotos.studio.model.io.ModelLoader;
import coyotos.studio.sim.result.ProcessResult;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Every example model translates without errors and runs to completion")
class ExampleFilesTest {

    static List<String> examples() {
        return Examples.names();
    }

    @Test
    void theSeedExamplesAreThere() {
        assertTrue(examples().containsAll(List.of("seed-external-own-space", "seed-external-shared-space",
                "seed-memory-handler", "seed-activation", "testhandler", "ipc-client-server")), examples().toString());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void translatesWithoutErrorsAndCompletes(String name) {
        ModelRun run = ModelSimulation.run(Examples.file(name), SimulationOverrides.NONE, null, null);
        assertFalse(run.hasErrors(), () -> run.loadDiagnostics() + " " + run.problems());
        assertTrue(run.ran());
        RunResult r = run.result();
        assertEquals(Termination.COMPLETED, r.termination(), r.diagnosis());
        assertEquals(0, r.faults().fatal(), "no fault is fatal in an example");
        assertEquals(r.faults().raised(), r.faults().resolved(), "every fault is resolved");
        assertEquals(r.totalCycles(), r.categories().total());
    }

    @ParameterizedTest
    @MethodSource("examples")
    @DisplayName("image ids are the model elements' URI fragments, names the model names; space banks run as processes")
    void resultsMapBackToModelElements(String name) {
        ModelLoader.Result loaded = new ModelLoader().load(Examples.file(name));
        CoyotosSystem system = loaded.system();
        RunResult r = ModelSimulation.run(system, SimulationOverrides.NONE, null, null).result();
        for (ProcessResult pr : r.processes()) {
            Object element = loaded.resource().getEObject(pr.id());
            if (element instanceof coyotos.studio.model.SpaceBank bank) {
                // Every example names its bank "bank": the process keeps that name instead of reading "space bank bank".
                assertEquals("bank", bank.getName());
                assertEquals("bank", pr.name(), "the space bank is a user process named after the bank");
                continue;
            }
            assertTrue(element instanceof Process, pr.id() + " is no process of the model");
            assertEquals(((Process) element).getName(), pr.name());
        }
    }
}
