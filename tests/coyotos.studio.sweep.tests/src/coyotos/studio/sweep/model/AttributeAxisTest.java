package coyotos.studio.sweep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.model.AccessKind;
import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Gpt;
import coyotos.studio.model.Loop;
import coyotos.studio.model.Process;
import coyotos.studio.model.Touch;
import coyotos.studio.sim.model.ModelSimulation;
import coyotos.studio.sim.model.SimulationOverrides;
import coyotos.studio.sweep.Fixtures;
import coyotos.studio.sweep.SweepException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Attribute axes: a path from a named object to a number, yes/no or choice of the model")
class AttributeAxisTest {
    static final String SEED = "seed-external-own-space";

    @Test
    void pathsResolveToTheAttribute() throws SweepException {
        CoyotosSystem s = Fixtures.load(SEED);
        AttributePath.Target loop = AttributePath.parse("app/workload/steps.32/count").resolve(s);
        assertTrue(loop.owner() instanceof Loop);
        assertSame(CoyotosPackage.Literals.LOOP__COUNT, loop.attribute());
        assertEquals(8, loop.owner().eGet(loop.attribute()));
        AttributePath.Target l2v = AttributePath.parse("app-space/l2v").resolve(s);
        assertTrue(l2v.owner() instanceof Gpt g && g.getName().equals("app-space"));
        AttributePath.Target seed = AttributePath.parse("simulation/randomSeed").resolve(s);
        assertEquals(42L, seed.owner().eGet(seed.attribute()));
    }

    @Test
    void theTreeNamesAnAttributeByTheSamePath() throws SweepException {
        CoyotosSystem s = Fixtures.load(SEED);
        AttributePath.Target t = AttributePath.parse("app/workload/steps.32/steps.1/length").resolve(s);
        assertEquals("app/workload/steps.32/steps.1/length", AttributePath.of(t.owner(), t.attribute()));
        assertEquals("simulation/randomSeed", AttributePath.of(s.getSimulation(), CoyotosPackage.Literals.SIMULATION_SETUP__RANDOM_SEED));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "nobody/l2v|no object named 'nobody'",
        "app/workload/steps/count|is a list: say which element",
        "app/workload/steps.99/count|so steps.99 does not exist",
        "app/workload.0/steps.0/start|holds one element, not a list",
        "app/wings/l2v|holds nothing called 'wings'",
        "app-space/name|cannot be swept",
        "app-space/colour|has no attribute 'colour'" })
    void badPathsSayWhereTheyStop(String path, String message) {
        SweepException e = assertThrows(SweepException.class, () -> AttributePath.parse(path).resolve(Fixtures.load(SEED)));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().contains(path), "names the path: " + e.getMessage());
    }

    @Test
    void valuesMustFitTheAttribute() {
        assertTrue(assertThrows(SweepException.class, () -> Fixtures.model(SEED, "app/workload/steps.32/count=1,x"))
                .getMessage().contains("is a number, not 'x'"));
        assertTrue(assertThrows(SweepException.class, () -> Fixtures.model(SEED, "app/workload/steps.32/count=3000000000"))
                .getMessage().contains("fit a int"));
        assertTrue(assertThrows(SweepException.class, () -> Fixtures.model(SEED, "app/workload/steps.0/access=READ,JUMP"))
                .getMessage().contains("takes READ, WRITE, EXECUTE, CAP_READ, CAP_WRITE"));
    }

    @Test
    void aPointHasTheValueAndTheUsersModelIsUntouched() throws SweepException {
        SweepModel m = Fixtures.model(SEED, "app/workload/steps.32/count=1,16", "app/workload/steps.0/access=READ,WRITE");
        PointModel p = m.point(2);
        assertEquals(List.of("16", "READ"), p.values());
        Process app = Processes.find(p.system(), "app", "test");
        assertEquals(16, ((Loop) app.getWorkload().getSteps().get(32)).getCount());
        assertEquals(AccessKind.READ, ((Touch) app.getWorkload().getSteps().get(0)).getAccess());
        Process original = Processes.find(m.base(), "app", "test");
        assertEquals(8, ((Loop) original.getWorkload().getSteps().get(32)).getCount());
        assertEquals(AccessKind.WRITE, ((Touch) original.getWorkload().getSteps().get(0)).getAccess());
    }

    @Test
    void aPointRunsAsTheModelEditedByHand() throws SweepException {
        SweepModel m = Fixtures.model(SEED, "app/workload/steps.32/count=2");
        CoyotosSystem byHand = Fixtures.load(SEED);
        ((Loop) Processes.find(byHand, "app", "test").getWorkload().getSteps().get(32)).setCount(2);
        PointModel p = m.point(0);
        long swept = ModelSimulation.run(p.system(), p.overrides(), null, null).result().digest();
        long edited = ModelSimulation.run(byHand, SimulationOverrides.NONE, null, null).result().digest();
        long unchanged = ModelSimulation.run(Fixtures.load(SEED), SimulationOverrides.NONE, null, null).result().digest();
        assertEquals(edited, swept);
        assertTrue(edited != unchanged, "the loop count changes the run");
    }
}
