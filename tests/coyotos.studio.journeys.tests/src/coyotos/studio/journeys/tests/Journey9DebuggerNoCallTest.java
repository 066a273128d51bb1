package coyotos.studio.journeys.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import coyotos.studio.tests.driver.BotShell;
import coyotos.studio.tests.driver.BotTree;
import coyotos.studio.tests.driver.Condition;

/**
 * Journey 9: a new user's memory handler never gets the fault, and the debugger alone says why. The model is the
 * testhandler example with one change someone made: the capability to the ha GPT "memhandled" carries the no-call
 * restriction, so the kernel's memory-handler search stops there and the fault goes to the process handler
 * ({@code proc_deliver_memory_fault}, kern_Process.c; Memory.idl noCall). The user debugs the model, runs to the
 * first fault from the Debug view's tool bar, and reads the fault's walk in the Variables view.
 */
class Journey9DebuggerNoCallTest extends Journey {

    static final String MODEL = "testhandler-nocall.coyotos";
    /** The capability in test-space's slot 1 that leads to the ha GPT memhandled, in testhandler.coyotos. */
    static final String TO_MEMHANDLED = "xmi:id=\"_qKfi1ukBEfGH9NU5fUPhNA\"";
    static final String RUN_TO_FAULT = "Runs to the next fault any process raises (or a breakpoint, or the end)";

    @Test
    void theFaultWalkShowsTheNoCallCapabilityStoppingTheSearch() throws Exception {
        Fixtures.exampleProject();
        String model = new String(Fixtures.example("testhandler.coyotos"), StandardCharsets.UTF_8);
        assertTrue(model.contains(TO_MEMHANDLED), "the example still has the capability this journey changes");
        Fixtures.writeFile(MODEL, model.replace(TO_MEMHANDLED, TO_MEMHANDLED + " noCall=\"true\"")
                .getBytes(StandardCharsets.UTF_8));

        user.inExplorer(MODEL).select();
        bot.menu("Run").menu("Debug As").menu("Coyotos Simulation").click();
        // a first debug session asks before switching to the Debug perspective; the user says yes
        BotShell confirm = bot.shell("Confirm Perspective Switch").activate();
        confirm.bot().button("Switch").click();
        confirm.waitUntilClosed(10_000);
        BotTree debug = bot.viewByTitle("Debug").show().bot().tree();
        bot.waitUntil(Condition.that("the Debug view shows the system at its start",
                () -> contains(debug.allRows(), "(suspended at the start)")), UserSteps.RUN_TIMEOUT);
        bot.captureScreenshot("journey9-suspended-at-start");

        bot.toolItemWithTooltip(RUN_TO_FAULT).click();
        bot.waitUntil(Condition.that("the system stops at the first fault",
                () -> contains(debug.allRows(), ": fault (FAULT_RAISED by testHandler")), UserSteps.RUN_TIMEOUT);
        bot.waitUntil(Condition.that("the memory handler is shown waiting for a fault message",
                () -> contains(debug.allRows(), "memhandler (receiving on memhandler-reply, memhandler-ep)")));

        BotTree variables = bot.viewByTitle("Variables").show().bot().tree();
        bot.waitUntil(Condition.that("the Variables view shows the faulting process's fault walk", () -> contains(
                variables.allRows(), "no memory handler before the search stops at step 1: the process handler")));
        variables.expandNode("fault walk");
        bot.waitUntil(Condition.that("the walk names the capability where the search stopped", () -> contains(
                variables.allRows(), "GPT memhandled (no-call) · ha ← the memory-handler search stops here")));
        bot.captureScreenshot("journey9-fault-walk");

        bot.viewByTitle("Debug").show();
        bot.menu("Run").menu("Terminate").click();
        bot.waitUntil(Condition.that("the debugged system is terminated",
                () -> contains(debug.allRows(), "<terminated>")), UserSteps.RUN_TIMEOUT);
    }

    private static boolean contains(List<String> rows, String text) {
        return rows.stream().anyMatch(r -> r.contains(text));
    }
}
