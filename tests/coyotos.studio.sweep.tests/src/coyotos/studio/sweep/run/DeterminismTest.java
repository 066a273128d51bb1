package coyotos.studio.sweep.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.model.io.CoyotosResource;
import coyotos.studio.sim.model.ModelRun;
import coyotos.studio.sim.model.ModelSimulation;
import coyotos.studio.sweep.Fixtures;
import coyotos.studio.sweep.Shard;
import coyotos.studio.sweep.SweepException;
import coyotos.studio.sweep.model.PointModel;
import coyotos.studio.sweep.model.SweepModel;
import coyotos.studio.sweep.result.PointResult;
import coyotos.studio.sweep.result.SweepJson;
import coyotos.studio.sweep.result.SweepResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Determinism: a sweep point is the single run of its model with the same seed")
class DeterminismTest {
    static final String[] AXES = { "design=external-own-space,activation", "replicate=1..3", "simulation/randomSeed=1,42" };

    @Test
    void everyPointSavedAsAModelAndRunAloneGivesTheSameDigest(@TempDir Path dir) throws SweepException, IOException {
        SweepModel model = Fixtures.model("handler-scaling", AXES);
        SweepResult sweep = Fixtures.sweep("handler-scaling", 2, Shard.ALL, AXES);
        assertEquals(12, sweep.points().size());
        for (PointResult r : sweep.points()) {
            assertEquals(PointResult.COMPLETED, r.termination(), r.values().toString());
            PointModel p = model.point(r.index());
            File file = dir.resolve("point-" + r.index() + ".coyotos").toFile();
            p.system().eResource().setURI(URI.createFileURI(file.getAbsolutePath()));
            p.system().eResource().save(CoyotosResource.defaultSaveOptions());
            ModelRun alone = ModelSimulation.run(file, p.overrides(), null, null);
            assertTrue(alone.ran(), alone.problems().toString());
            assertEquals(alone.result().digestHex(), r.digest(), "point " + r.values());
            assertEquals(alone.result().totalCycles(), r.totalCycles());
            assertEquals(alone.result().memory().total(), r.memoryTotal());
        }
    }

    @Test
    void threadsDoNotChangeTheResult() throws SweepException {
        String one = SweepJson.write(Fixtures.sweep("handler-scaling", 1, Shard.ALL, AXES));
        String three = SweepJson.write(Fixtures.sweep("handler-scaling", 3, Shard.ALL, AXES));
        assertEquals(one, three);
    }
}
