package coyotos.studio.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.swt.SWT;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import coyotos.studio.debug.CoyotosDebugModel;
import coyotos.studio.debug.CoyotosDebugTarget;
import coyotos.studio.debug.FaultBreakpoint;
import coyotos.studio.debug.WatchBreakpoint;
import coyotos.studio.tests.driver.BotEditor;
import coyotos.studio.tests.driver.BotShell;
import coyotos.studio.tests.driver.BotTree;
import coyotos.studio.tests.driver.Condition;
import coyotos.studio.tests.driver.UIThread;
import coyotos.studio.ui.internal.views.TimelineView;

/**
 * Breakpoints made and changed through the UI, and the results views following a suspended run: a watchpoint added
 * on testHandler from the model editor's Run menu stops at the write it watches; a hit count set on the Breakpoint
 * Properties page takes effect; the Timeline's cursor stands at the stop and follows a step.
 */
class BreakpointUiTest extends DebuggingWorkbench {

    static final String WATCHPOINT = "Write of 4 byte(s) at 0x11000 in testHandler's space (any process reaching them)";

    @Test
    void watchpointAddedFromTheModelEditorStopsAtTheWrite() throws Exception {
        BotEditor editor = openModel();
        select(editor.bot().tree(), "Process testHandler");
        bot.menu("Run").menu("Coyotos Breakpoints").menu("Add Watchpoint...").click();
        BotShell dialog = bot.shell("Add Watchpoint");
        dialog.bot().textWithLabel("Address:").setText("0x11000");
        dialog.bot().textWithLabel("Length (bytes):").setText("4");
        dialog.bot().button("OK").click();
        dialog.waitUntilClosed(10_000);
        List<IBreakpoint> all = List.of(DebugPlugin.getDefault().getBreakpointManager()
                .getBreakpoints(CoyotosDebugModel.ID));
        assertEquals(1, all.size());
        WatchBreakpoint w = (WatchBreakpoint) all.get(0);
        assertEquals(model, w.getMarker().getResource(), "kept on the model file");
        assertEquals(WATCHPOINT, w.describe());

        debugAndWaitForTheStart();
        bot.menu("Run").menu("Resume").click();
        BotTree debug = bot.viewByTitle("Debug").bot().tree();
        bot.waitUntil(Condition.that("the watchpoint is hit",
                () -> contains(debug.allRows(), ": breakpoint " + WATCHPOINT)), RUN_TIMEOUT);
        assertEquals(0x11000, target().stop().event().value(), target().stop().toString());
        assertEquals(0, target().stop().process(), "testHandler writes there");
    }

    @Test
    void hitCountSetOnThePropertiesPageTakesEffect() throws Exception {
        FaultBreakpoint b = new FaultBreakpoint(model, TEST_PROCESS, "testHandler", 4, true);
        showView(IDebugUIConstants.ID_BREAKPOINT_VIEW);
        BotTree breakpoints = bot.viewByTitle("Breakpoints").show().bot().tree();
        String label = "Fault INVALID_DATA_REFERENCE (4) raised by testHandler";
        bot.waitUntil(Condition.that("the Breakpoints view lists the breakpoint",
                () -> breakpoints.rowTexts().contains(label)));
        breakpoints.select(label);
        bot.pressShortcut(SWT.ALT, SWT.CR);
        BotShell properties = bot.shell("Properties for " + label);
        properties.bot().textWithLabel("Hit count:").setText("3");
        bot.captureScreenshot("coyotos-breakpoint-properties");
        properties.bot().button("Apply and Close").click();
        properties.waitUntilClosed(10_000);
        assertEquals(3, b.hitCount(), "kept in the marker");
        // the view relabels on the breakpoint manager's change notice, which follows the marker's resource delta: on a
        // busy machine that takes longer than the driver's default wait
        bot.waitUntil(Condition.that("the Breakpoints view shows the hit count",
                () -> breakpoints.rowTexts().contains(label + " [hit count 3]")), RUN_TIMEOUT);

        debugAndWaitForTheStart();
        bot.menu("Run").menu("Resume").click();
        BotTree debug = bot.viewByTitle("Debug").bot().tree();
        bot.waitUntil(Condition.that("the breakpoint stops at its third hit",
                () -> contains(debug.allRows(), ": breakpoint " + label + " [hit count 3]")), RUN_TIMEOUT);
        assertEquals(79, target().stop().position(), "testHandler's third INVALID_DATA_REFERENCE, at 0x12000");
        assertEquals(0x12000, target().stop().event().value());
    }

    @Test
    void theTimelineCursorStandsAtTheStopAndFollowsAStep() throws Exception {
        FaultBreakpoint.toggle(model, TEST_PROCESS, "testHandler");
        debugAndWaitForTheStart();
        bot.menu("Run").menu("Resume").click();
        BotTree debug = bot.viewByTitle("Debug").bot().tree();
        bot.waitUntil(Condition.that("the fault breakpoint is hit",
                () -> contains(debug.allRows(), ": breakpoint Any fault raised by testHandler")), RUN_TIMEOUT);
        CoyotosDebugTarget target = target();
        long atBreakpoint = target.stop().cycle();
        showView(TimelineView.ID);
        TimelineView timeline = UIThread.syncExec(() -> (TimelineView) PlatformUI.getWorkbench()
                .getActiveWorkbenchWindow().getActivePage().findView(TimelineView.ID));
        bot.waitUntil(Condition.that("the Timeline's cursor stands at the stop's cycle " + atBreakpoint,
                () -> UIThread.syncExec(timeline::cursorCycle) == atBreakpoint), RUN_TIMEOUT);
        bot.captureScreenshot("timeline-cursor-at-breakpoint");

        bot.viewByTitle("Debug").show();
        bot.menu("Run").menu("Step Into").click();
        bot.waitUntil(Condition.that("one kernel event later", () -> contains(debug.allRows(), ": stepped")),
                RUN_TIMEOUT);
        long afterStep = target.stop().cycle();
        assertTrue(afterStep > atBreakpoint, afterStep + " after " + atBreakpoint);
        bot.waitUntil(Condition.that("the cursor follows the step to cycle " + afterStep,
                () -> UIThread.syncExec(timeline::cursorCycle) == afterStep), RUN_TIMEOUT);

        target.terminate();
        bot.waitUntil(Condition.that("the cursor goes with the debugged run",
                () -> UIThread.syncExec(timeline::cursorCycle) == -1), RUN_TIMEOUT);
    }
}
