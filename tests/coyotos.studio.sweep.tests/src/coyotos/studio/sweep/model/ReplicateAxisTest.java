package coyotos.studio.sweep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.EntryCapability;
import coyotos.studio.model.GptCapability;
import coyotos.studio.model.KernelObject;
import coyotos.studio.model.MapFreshPage;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.Finding;
import coyotos.studio.model.validation.RuleEngine;
import coyotos.studio.sim.model.ModelRun;
import coyotos.studio.sim.model.ModelSimulation;
import coyotos.studio.sim.model.SimulationOverrides;
import coyotos.studio.sweep.model.SweepModel;
import coyotos.studio.sim.result.MemoryKind;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sweep.Fixtures;
import coyotos.studio.sweep.SweepException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Replicate: N copies of a process with their own space, served by the same handler")
class ReplicateAxisTest {
    static final String SEED = "seed-external-own-space";

    @Test
    void oneExternalHandlerServesEveryCopy() throws SweepException {
        PointModel p = Fixtures.model(SEED, "replicate=3").point(0);
        List<Process> apps = Processes.processes(p.system()).stream().filter(q -> q.getName().startsWith("app")).toList();
        assertEquals(List.of("app", "app#2", "app#3"), apps.stream().map(Process::getName).toList());
        assertEquals(1, Processes.processes(p.system()).stream().filter(q -> q.getName().startsWith("pager")).count());
        for (Process app : apps) {
            assertEquals("pager-ep", ((EntryCapability) app.getHandler()).getTarget().getName(), "same handler wiring");
            assertTrue(((GptCapability) app.getAddressSpace()).getTarget().getName().startsWith("app-space"));
        }
        assertTrue(((GptCapability) apps.get(0).getAddressSpace()).getTarget() != ((GptCapability) apps.get(1)
                .getAddressSpace()).getTarget(), "each copy has its own space");
        Process pager = Processes.find(p.system(), "pager", "test");
        assertNull(((MapFreshPage) pager.getHandlerActions().get(0)).getGpt(), "the pager maps into whichever copy faulted");
        assertTrue(p.notes().stream().anyMatch(n -> n.contains("whichever copy faulted")), p.notes().toString());

        RunResult r = ModelSimulation.run(p.system(), p.overrides(), null, null).result();
        assertEquals(48, r.faults().raised());
        assertEquals(48, r.faults().delivered());
        assertEquals(48, r.faults().resolved());
        assertEquals(0, r.faults().fatal());
        RunResult one = ModelSimulation.run(Fixtures.load(SEED), SimulationOverrides.NONE, null, null).result();
        assertEquals(one.memory().get(MemoryKind.HANDLER_STACKS), r.memory().get(MemoryKind.HANDLER_STACKS),
                "one handler stack however many clients");
        assertTrue(r.memory().get(MemoryKind.DATA_PAGES) > 2 * one.memory().get(MemoryKind.DATA_PAGES));
    }

    @Test
    void theReplicatedModelBreaksNoRule() throws SweepException {
        PointModel p = Fixtures.model(SEED, "replicate=4").point(0);
        List<Finding> errors = RuleEngine.INSTANCE.check(p.system()).stream()
                .filter(f -> f.severity() >= Diagnostic.ERROR).toList();
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void activationHandlersComeWithTheirProcess() throws SweepException {
        SweepModel m = Fixtures.model("seed-activation", "replicate:app=1,2,5");
        RunResult[] r = new RunResult[3];
        for (int i = 0; i < 3; i++) {
            PointModel p = m.point(i);
            r[i] = ModelSimulation.run(p.system(), p.overrides(), null, null).result();
        }
        assertEquals(5 * r[0].faults().resolved(), r[2].faults().resolved());
        assertEquals(5 * r[0].memory().get(MemoryKind.HANDLER_STACKS), r[2].memory().get(MemoryKind.HANDLER_STACKS),
                "a stack per activation handler");
        long perCopy = r[1].memory().get(MemoryKind.DATA_PAGES) - r[0].memory().get(MemoryKind.DATA_PAGES);
        assertTrue(perCopy > 0);
        assertEquals(r[0].memory().get(MemoryKind.DATA_PAGES) + 4 * perCopy, r[2].memory().get(MemoryKind.DATA_PAGES),
                "each copy adds its own pages; what the copies share (the space bank's) is counted once");
    }

    @Test
    void aHandlerSharingTheSpaceComesAlong() throws SweepException {
        PointModel p = Fixtures.model("seed-external-shared-space", "replicate=2").point(0);
        assertEquals(List.of("app", "pager", "app#2", "pager#2"),
                Processes.processes(p.system()).stream().map(Process::getName).toList());
        ModelRun run = ModelSimulation.run(p.system(), p.overrides(), null, null);
        assertEquals(32, run.result().faults().resolved());
    }

    @Test
    void oneCopyIsTheModelAsItIs() throws SweepException, IOException {
        CoyotosSystem base = Fixtures.load(SEED);
        String before = serialized(base);
        SweepModel m = coyotos.studio.sweep.model.SweepModel.of(base,
                coyotos.studio.sweep.SweepSpec.parse(List.of("replicate=1,2"), null, null, null));
        PointModel one = m.point(0);
        m.point(1);
        assertEquals(ModelSimulation.run(Fixtures.load(SEED), SimulationOverrides.NONE, null, null).result().digest(),
                ModelSimulation.run(one.system(), one.overrides(), null, null).result().digest());
        assertEquals(before, serialized(base), "the user's model is never changed");
    }

    @Test
    void badReplicateValuesAndProcesses() throws SweepException {
        assertTrue(assertThrows(SweepException.class, () -> Fixtures.model(SEED, "replicate=0,1")).getMessage()
                .contains("outside 1..4096"));
        assertTrue(assertThrows(SweepException.class, () -> Fixtures.model(SEED, "replicate=two")).getMessage()
                .contains("not a number of copies"));
        assertTrue(assertThrows(SweepException.class, () -> Fixtures.model(SEED, "replicate:ghost=2")).getMessage()
                .contains("no process named 'ghost'; its processes are 'app', 'pager'"));
        CoyotosSystem twoApps = Fixtures.load(SEED);
        Replication.apply(twoApps, Processes.find(twoApps, "app", "test"), 2);
        SweepException e = assertThrows(SweepException.class, () -> SweepModel.of(twoApps,
                coyotos.studio.sweep.SweepSpec.parse(List.of("replicate=2"), null, null, null)));
        assertTrue(e.getMessage().contains("several application processes ('app', 'app#2'); say which: replicate:app"),
                e.getMessage());
    }

    static String serialized(CoyotosSystem s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.eResource().save(out, null);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    static long count(CoyotosSystem s, Class<? extends KernelObject> type) {
        return s.getObjects().stream().filter(type::isInstance).count();
    }
}
