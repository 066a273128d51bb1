package coyotos.studio.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import coyotos.studio.debug.CoyotosDebugTarget;
import coyotos.studio.debug.FaultBreakpoint;
import coyotos.studio.model.io.ModelLoader;
import coyotos.studio.runs.RunComparison;
import coyotos.studio.runs.RunFiles;
import coyotos.studio.runs.RunRecord;
import coyotos.studio.sim.debug.Change;
import coyotos.studio.sim.memory.Cap;
import coyotos.studio.sim.model.ModelSimulation;
import coyotos.studio.sim.model.SimulationOverrides;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.tests.driver.BotTree;
import coyotos.studio.tests.driver.Condition;

/**
 * Run From Here as a New Run from the Run menu: at testHandler's first fault, with its handler taken
 * away, the run carried on to its end is kept beside the model, named after where it forked and what changed, and
 * differs from the run without the change where the Compare view looks; the debugger is back at the stop.
 */
class RunFromHereTest extends DebuggingWorkbench {

    @Test
    void aRunFromHereWithAChangeIsKeptAndComparesWithTheOriginal() throws Exception {
        FaultBreakpoint.toggle(model, TEST_PROCESS, "testHandler");
        debugAndWaitForTheStart();
        bot.menu("Run").menu("Resume").click();
        BotTree debug = bot.viewByTitle("Debug").bot().tree();
        bot.waitUntil(Condition.that("the fault breakpoint is hit",
                () -> contains(debug.allRows(), ": breakpoint Any fault raised by testHandler")), RUN_TIMEOUT);
        CoyotosDebugTarget target = target();
        long cycle = target.stop().cycle();
        // what a user does in the Variables view (the handler slot, as Process.idl setSlot would set it)
        target.change(new Change.Handler(0, Cap.NULL));
        long changed = target.stateDigest();

        bot.viewByTitle("Debug").show();
        bot.menu("Run").menu("Run From Here as a New Run").click();
        Path runs = RunFiles.folderFor(model.getLocation().toPath());
        bot.waitUntil(Condition.that("the new run is kept beside the model",
                () -> RunFiles.loadAll(runs).records().size() == 1), RUN_TIMEOUT);
        RunRecord fork = RunFiles.loadAll(runs).records().get(0);
        assertTrue(fork.label().endsWith(" · forked at event 7 (cycle " + cycle + ") · testHandler: handler := "
                + Cap.NULL), fork.label());
        bot.waitUntil(Condition.that("the debugger is back at the stop",
                () -> target.isSuspended() && target.stop().position() == 7), RUN_TIMEOUT);
        assertEquals(changed, target.stateDigest(), "with the change, as it was");

        RunResult original = ModelSimulation.run(new ModelLoader().load(model.getLocation().toFile()).system(),
                SimulationOverrides.NONE, null, null).result();
        assertNotEquals(original.digestHex(), fork.digest());
        List<RunComparison.Row> rows = RunComparison.rows(RunRecord.of(original, "original", "m", null), fork);
        assertTrue(rows.stream().anyMatch(r -> r.difference() != 0), "the Compare view shows a difference");
    }
}
