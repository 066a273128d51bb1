package coyotos.studio.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;

import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.junit.jupiter.api.Test;

import coyotos.studio.debug.CoyotosDebugTarget;
import coyotos.studio.debug.FaultBreakpoint;
import coyotos.studio.model.io.ModelLoader;
import coyotos.studio.runs.RunFiles;
import coyotos.studio.runs.RunRecord;
import coyotos.studio.sim.model.ModelSimulation;
import coyotos.studio.sim.model.SimulationOverrides;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.tests.driver.BotTree;
import coyotos.studio.tests.driver.BotTreeItem;
import coyotos.studio.tests.driver.Condition;

/**
 * Debug As &gt; Coyotos Simulation on the testhandler example, as a user does it: a fault breakpoint on the test
 * process, Debug As from the Run menu, the breakpoint hit in the Debug view, the fault code read in the Variables
 * view, a step, a step back with the Debug view's Step Back button, and Resume to the end, where the run is the one
 * Run As makes (the same digest).
 */
class DebugAsTest extends DebuggingWorkbench {

    @Test
    void debugAsStopsAtAFaultBreakpointStepsBackAndResumesToTheEnd() throws Exception {
        FaultBreakpoint.toggle(model, TEST_PROCESS, "testHandler");
        showView(IDebugUIConstants.ID_BREAKPOINT_VIEW);
        BotTree breakpoints = bot.viewByTitle("Breakpoints").show().bot().tree();
        bot.waitUntil(Condition.that("the Breakpoints view lists the breakpoint", () -> breakpoints.rowTexts()
                .contains("Any fault raised by testHandler")));

        debugAndWaitForTheStart();
        BotTree debug = bot.viewByTitle("Debug").bot().tree();
        CoyotosDebugTarget target = target();

        bot.menu("Run").menu("Resume").click();
        bot.waitUntil(Condition.that("the fault breakpoint is hit",
                () -> contains(debug.allRows(), ": breakpoint Any fault raised by testHandler")), RUN_TIMEOUT);
        assertEquals(7, target.stop().position(), "testHandler's first fault, at 0x10000");
        bot.waitUntil(Condition.that("the Debug view shows the faulting thread with its fault",
                () -> contains(debug.allRows(), "testHandler (running · fault code INVALID_DATA_REFERENCE at 0x10000)")));

        BotTree variables = bot.viewByTitle("Variables").show().bot().tree();
        bot.waitUntil(Condition.that("the Variables view shows the fault code", () -> variables.allRows().stream()
                .anyMatch(r -> r.startsWith("fault code\t") && r.contains("INVALID_DATA_REFERENCE (4)"))));
        assertTrue(variables.allRows().stream().anyMatch(r -> r.startsWith("fault info\t") && r.contains("0x10000")),
                String.join("\n", variables.allRows()));
        // every capability register of the process (spec §3 "Processes": 32 of them), not the first one only
        BotTreeItem registers = variables.expandNode("capability registers");
        registers.getNode("cr31");
        assertEquals(IntStream.range(0, 32).mapToObj(r -> "cr" + r).toList(), registers.childTexts());
        bot.captureScreenshot("debug-perspective-at-fault-breakpoint");

        bot.viewByTitle("Debug").show();
        bot.menu("Run").menu("Step Into").click();
        bot.waitUntil(Condition.that("one kernel event later", () -> contains(debug.allRows(), ": stepped")),
                RUN_TIMEOUT);
        assertEquals(8, target.stop().position());

        // the Debug view's tool bar lives in the part stack's trim, outside the view's own controls
        bot.toolItemWithTooltip("Goes back to the instruction before (a program's thread) or the kernel event before "
                + "this stop (by checkpoints and replay)").click();
        bot.waitUntil(Condition.that("back at the breakpoint's event", () -> contains(debug.allRows(), ": went back")),
                RUN_TIMEOUT);
        assertEquals(7, target.stop().position());

        // Skip All Breakpoints, as a user does to let the run finish (the breakpoint would stop at each of 16 faults)
        DebugPlugin.getDefault().getBreakpointManager().setEnabled(false);
        bot.menu("Run").menu("Resume").click();
        bot.waitUntil(Condition.that("the run is over", () -> contains(debug.allRows(), "(ended: completed")),
                RUN_TIMEOUT);
        bot.captureScreenshot("debug-perspective-at-the-end");
        RunResult plain = ModelSimulation.run(new ModelLoader().load(model.getLocation().toFile()).system(),
                SimulationOverrides.NONE, null, null).result();
        assertEquals(plain.digest(), target.result().digest(), "the debugged run is the Run As run");
        // kept as Run As keeps a run, beside the model (the workspace's default run location)
        java.nio.file.Path runs = RunFiles.folderFor(model.getLocation().toPath());
        bot.waitUntil(Condition.that("the debugged run is saved beside the model", () -> RunFiles.loadAll(runs)
                .records().size() == 1), RUN_TIMEOUT);
        RunRecord saved = RunFiles.loadAll(runs).records().get(0);
        assertEquals(plain.digestHex(), saved.digest());
        assertTrue(saved.label().endsWith(" · debugged"), saved.label());
    }
}
