package coyotos.studio.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

import coyotos.studio.debug.CoyotosDebugModel;
import coyotos.studio.debug.StateBreakpoint;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.tests.driver.BotEditor;
import coyotos.studio.tests.driver.BotShell;
import coyotos.studio.tests.driver.UIThread;

/**
 * The first half of "a breakpoint survives a restart of the workbench": a state breakpoint added through the UI,
 * left in the workspace, which is saved as File > Exit saves it. {@link BreakpointAfterRestartTest} runs in the next
 * workbench over the same workspace (a second test execution of this module's pom).
 */
class BreakpointBeforeRestartTest extends DebuggingWorkbench {

    static final String LABEL = "testHandler becomes Done";

    @Override
    boolean keepsWorkspace() {
        return true;
    }

    @Test
    void aStateBreakpointAddedInTheUiIsLeftInTheWorkspace() throws Exception {
        BotEditor editor = openModel();
        select(editor.bot().tree(), "Process testHandler");
        bot.menu("Run").menu("Coyotos Breakpoints").menu("Add State Breakpoint...").click();
        BotShell dialog = bot.shell("Add State Breakpoint");
        Table states = dialog.bot().widget("the run states", Table.class, t -> true);
        UIThread.syncExec(() -> {
            for (TableItem item : states.getItems()) {
                if (item.getText().equals(ProcessState.DONE.label())) {
                    states.setSelection(item);
                    states.notifyListeners(SWT.Selection, new Event());
                }
            }
        });
        dialog.bot().button("OK").click();
        dialog.waitUntilClosed(10_000);
        IBreakpoint[] all = DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(CoyotosDebugModel.ID);
        assertEquals(1, all.length);
        assertEquals(LABEL, ((StateBreakpoint) all[0]).describe());
        assertEquals(model, all[0].getMarker().getResource());
        // File > Exit saves the workspace on the way out (the IDE's workbench advisor); the test harness ends the
        // workbench without that step, so the test takes it
        ResourcesPlugin.getWorkspace().save(true, null);
    }
}
