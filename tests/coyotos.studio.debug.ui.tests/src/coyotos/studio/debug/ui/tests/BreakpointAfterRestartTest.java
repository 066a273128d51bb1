package coyotos.studio.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import coyotos.studio.debug.CoyotosDebugModel;
import coyotos.studio.debug.StateBreakpoint;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.tests.driver.BotTree;
import coyotos.studio.tests.driver.Condition;
import coyotos.studio.tests.driver.NoLoggedErrors;
import coyotos.studio.tests.driver.ScreenshotOnFailure;
import coyotos.studio.tests.driver.WorkbenchBot;

/**
 * The second half of "a breakpoint survives a restart of the workbench": in a new workbench over the workspace
 * {@link BreakpointBeforeRestartTest} left, the state breakpoint is back, with its process, state and model file,
 * and the Breakpoints view lists it. Runs alone in its own test execution (see this module's pom).
 */
@ExtendWith({ ScreenshotOnFailure.class, NoLoggedErrors.class })
class BreakpointAfterRestartTest {

    private final WorkbenchBot bot = new WorkbenchBot();

    @Test
    void theStateBreakpointIsBackAfterTheRestart() throws Exception {
        IBreakpoint[] all = DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(CoyotosDebugModel.ID);
        assertEquals(1, all.length, "the breakpoint the workbench before left");
        StateBreakpoint b = (StateBreakpoint) all[0];
        assertEquals(ProcessState.DONE, b.state());
        assertEquals(DebuggingWorkbench.TEST_PROCESS, b.process());
        assertEquals(ResourcesPlugin.getWorkspace().getRoot().getProject(DebuggingWorkbench.PROJECT)
                .getFile(DebuggingWorkbench.MODEL), b.getMarker().getResource());
        assertTrue(b.isEnabled());
        DebuggingWorkbench.showView(IDebugUIConstants.ID_BREAKPOINT_VIEW);
        BotTree breakpoints = bot.viewByTitle("Breakpoints").show().bot().tree();
        bot.waitUntil(Condition.that("the Breakpoints view lists it",
                () -> breakpoints.rowTexts().contains(BreakpointBeforeRestartTest.LABEL)));
        DebugPlugin.getDefault().getBreakpointManager().removeBreakpoints(all, true);
        ResourcesPlugin.getWorkspace().getRoot().getProject(DebuggingWorkbench.PROJECT).delete(true, true, null);
    }
}
