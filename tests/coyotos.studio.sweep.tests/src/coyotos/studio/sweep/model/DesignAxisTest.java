package coyotos.studio.sweep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.model.validation.Finding;
import coyotos.studio.model.validation.RuleEngine;
import coyotos.studio.sim.model.ModelSimulation;
import coyotos.studio.sim.model.SimulationOverrides;
import coyotos.studio.sweep.Fixtures;
import coyotos.studio.sweep.SweepException;
import java.util.List;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Design: the four handler designs rewired from one model's parts")
class DesignAxisTest {
    static final String BOTH = "handler-scaling";

    /**
     * handler-scaling holds the seed's application with both an activation handler and a pager; each design keeps
     * one wiring, and must then be exactly the seed example of that design (same objects in the same order, so the
     * same digest and memory).
     */
    @ParameterizedTest(name = "design={0} is seed-{0}")
    @ValueSource(strings = { "external-own-space", "external-shared-space", "memory-handler", "activation" })
    void eachDesignIsTheSeedExampleOfThatDesign(String design) throws SweepException {
        PointModel p = Fixtures.model(BOTH, "design=" + design).point(0);
        var swept = ModelSimulation.run(p.system(), p.overrides(), null, null).result();
        var seed = ModelSimulation.run(Fixtures.load("seed-" + design), SimulationOverrides.NONE, null, null).result();
        assertEquals(seed.digestHex(), swept.digestHex());
        assertEquals(seed.memory(), swept.memory());
        assertEquals(seed.totalCycles(), swept.totalCycles());
        List<Finding> errors = RuleEngine.INSTANCE.check(p.system()).stream()
                .filter(f -> f.severity() >= Diagnostic.ERROR).toList();
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void theActivationDesignLeavesTheUnusedPagerOut() throws SweepException {
        PointModel p = Fixtures.model(BOTH, "design=activation").point(0);
        assertEquals(List.of("app"), Processes.processes(p.system()).stream().map(q -> q.getName()).toList());
        assertTrue(p.notes().stream().anyMatch(n -> n.contains("what-if")), p.notes().toString());
        assertTrue(p.notes().stream().anyMatch(n -> n.contains("pager-space")), p.notes().toString());
    }

    /** The two return designs of issue 11's activation what-if, as design values: seed-2007 enters the kernel once more. */
    @Test
    void theActivationReturnDesigns() throws SweepException {
        SweepModel m = Fixtures.model(BOTH, "design=activation-draft-0.5,activation-seed-2007");
        var draft = m.point(0);
        var seed = m.point(1);
        assertEquals(coyotos.studio.model.ActivationDesign.DRAFT_05,
                Processes.find(draft.system(), "app", "t").getActivationHandler().getDesign());
        assertEquals(coyotos.studio.model.ActivationDesign.SEED_2007,
                Processes.find(seed.system(), "app", "t").getActivationHandler().getDesign());
        var d = ModelSimulation.run(draft.system(), draft.overrides(), null, null).result();
        var s = ModelSimulation.run(seed.system(), seed.overrides(), null, null).result();
        assertTrue(s.categories().get(coyotos.studio.sim.result.CostCategory.RING_TRANSITION)
                > d.categories().get(coyotos.studio.sim.result.CostCategory.RING_TRANSITION),
                "returning through the kernel costs ring transitions");
        assertTrue(seed.notes().get(0).contains("seed-2007 return"), seed.notes().toString());
    }

    @Test
    void designsAcrossSeedsNeedTheirParts() {
        SweepException noActivation = assertThrows(SweepException.class,
                () -> Fixtures.model("seed-external-own-space", "design=activation"));
        assertTrue(noActivation.getMessage().contains("needs an activation handler on process 'app'"),
                noActivation.getMessage());
        SweepException noPager = assertThrows(SweepException.class,
                () -> Fixtures.model("seed-activation", "design=external-own-space"));
        assertTrue(noPager.getMessage().contains("needs a pager"), noPager.getMessage());
        SweepException shared = assertThrows(SweepException.class,
                () -> Fixtures.model("seed-external-shared-space", "design=memory-handler"));
        assertTrue(shared.getMessage().contains("shares the space of 'app'"), shared.getMessage());
        SweepException unknown = assertThrows(SweepException.class, () -> Fixtures.model(BOTH, "design=telepathy"));
        assertTrue(unknown.getMessage().contains("external-own-space, external-shared-space, memory-handler, activation, "
                + "activation-draft-0.5, activation-seed-2007"), unknown.getMessage());
    }

    @Test
    void designsThatNeedOnlyWhatTheSeedHasWork() throws SweepException {
        // a seed with a pager in its own space can be any of the three external designs
        for (String d : List.of("external-own-space", "external-shared-space", "memory-handler")) {
            PointModel p = Fixtures.model("seed-external-own-space", "design=" + d).point(0);
            var r = ModelSimulation.run(p.system(), p.overrides(), null, null).result();
            assertEquals(16, r.faults().resolved(), d);
        }
    }
}
