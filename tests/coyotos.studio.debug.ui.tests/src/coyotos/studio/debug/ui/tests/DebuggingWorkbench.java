package coyotos.studio.debug.ui.tests;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.dialogs.MessageDialogWithToggle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import coyotos.studio.debug.CoyotosDebugModel;
import coyotos.studio.debug.CoyotosDebugTarget;
import coyotos.studio.tests.driver.BotEditor;
import coyotos.studio.tests.driver.BotTree;
import coyotos.studio.tests.driver.BotTreeItem;
import coyotos.studio.tests.driver.Condition;
import coyotos.studio.tests.driver.EventLoop;
import coyotos.studio.tests.driver.NoLoggedErrors;
import coyotos.studio.tests.driver.ScreenshotOnFailure;
import coyotos.studio.tests.driver.UIThread;
import coyotos.studio.tests.driver.WorkbenchBot;

/**
 * What the debugger's workbench tests share: a project holding the model they debug (the testhandler example unless
 * a test {@link #fill}s it otherwise), a user who chose to switch
 * to the Debug perspective, and a clean workbench before and after (no launches, no Coyotos breakpoints, the default
 * perspective). Tests drive the workbench from their own thread.
 */
@ExtendWith({ ScreenshotOnFailure.class, NoLoggedErrors.class })
abstract class DebuggingWorkbench {

    static final String PROJECT = "coyotos-debugging";
    static final String MODEL = "testhandler.coyotos";
    /** testHandler's model element id in testhandler.coyotos. */
    static final String TEST_PROCESS = "_qKfi8OkBEfGH9NU5fUPhNA";
    static final long RUN_TIMEOUT = 120_000;

    final WorkbenchBot bot = new WorkbenchBot();
    IFile model;

    @BeforeEach
    void setUp() throws Exception {
        clean();
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        project.create(null);
        project.open(null);
        model = fill(project);
        // a user who said "Remember my decision: Switch" to the Debug perspective
        DebugUITools.getPreferenceStore().setValue(IDebugUIConstants.PLUGIN_ID + ".switch_perspective_on_suspend",
                MessageDialogWithToggle.ALWAYS);
        DebugUITools.getPreferenceStore().setValue(IDebugUIConstants.PLUGIN_ID + ".switch_to_perspective",
                MessageDialogWithToggle.ALWAYS);
        bot.workbenchShell().activate();
        UIThread.syncExec(() -> {
            Shell window = bot.workbenchShell().widget();
            window.setBounds(window.getDisplay().getClientArea());
        });
    }

    /** Puts the model the test debugs into the (new, open) project and returns it: here the testhandler example. */
    IFile fill(IProject project) throws Exception {
        IFile file = project.getFile(MODEL);
        try (InputStream in = Platform.getBundle("coyotos.studio.examples").getEntry("examples/" + MODEL)
                .openStream()) {
            file.create(in, IResource.FORCE, null);
        }
        return file;
    }

    @AfterEach
    void tearDown() throws Exception {
        if (!keepsWorkspace()) {
            clean();
        }
    }

    /** Whether the test leaves its project and breakpoints for a run of the workbench after it. */
    boolean keepsWorkspace() {
        return false;
    }

    static void showView(String id) {
        UIThread.syncExec(() -> {
            try {
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(id);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new AssertionError(e);
            }
        });
    }

    /** The Debug view's rows, or none when it is not open. */
    List<String> debugRows() {
        boolean open = UIThread.syncExec(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .findView(IDebugUIConstants.ID_DEBUG_VIEW) != null);
        return open ? bot.viewByTitle("Debug").bot().tree().allRows().stream()
                .filter(r -> !r.contains("(terminated)") && !r.contains("[Coyotos Simulation]")).toList() : List.of();
    }

    static boolean contains(List<String> rows, String text) {
        return rows.stream().anyMatch(r -> r.contains(text));
    }

    static CoyotosDebugTarget target() {
        for (IDebugTarget t : DebugPlugin.getDefault().getLaunchManager().getDebugTargets()) {
            if (t instanceof CoyotosDebugTarget c && !c.isTerminated()) {
                return c;
            }
        }
        throw new AssertionError("no Coyotos debug target");
    }

    void clean() throws CoreException {
        // a dialog a failed test left open would take every later click
        UIThread.syncExec(() -> {
            Shell workbench = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
            for (Shell shell : workbench.getDisplay().getShells()) {
                if (shell != workbench && shell.isVisible()) {
                    shell.close();
                }
            }
        });
        ILaunchManager launches = DebugPlugin.getDefault().getLaunchManager();
        for (ILaunch launch : launches.getLaunches()) {
            launch.terminate();
        }
        // the Debug view takes the terminated threads out before the launch goes
        EventLoop.waitUntil(Condition.that("the Debug view shows no live system", () -> !contains(debugRows(), " (")),
                30_000);
        for (ILaunch launch : launches.getLaunches()) {
            launches.removeLaunch(launch);
        }
        // Launch configurations stay: Debug UI's launch history keeps the last launches' configurations and reads
        // them when the Run menu opens, so deleting them made it log "Launch configuration ... does not exist" in
        // the next test. A test's Debug As finds the configuration of the same model and uses it again.
        DebugPlugin.getDefault().getBreakpointManager().setEnabled(true);
        DebugPlugin.getDefault().getBreakpointManager().removeBreakpoints(
                DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(CoyotosDebugModel.ID), true);
        UIThread.syncExec(() -> {
            var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            page.closeAllEditors(false);
            page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(
                    PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective()));
        });
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (project.exists()) {
            project.delete(true, true, null);
        }
    }

    BotEditor openModel() {
        UIThread.syncExec(() -> {
            try {
                IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), model);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new AssertionError(e);
            }
        });
        return bot.editorByTitle(MODEL).show();
    }

    /** Selects the row with this text, expanding rows from the top until it shows (trees fill lazily). */
    static void select(BotTree tree, String text) {
        List<BotTreeItem> level = new ArrayList<>();
        for (String top : tree.rowTexts()) {
            if (top.equals(text)) {
                tree.select(text);
                return;
            }
            level.add(tree.getTreeItem(top));
        }
        for (int depth = 0; depth < 3; depth++) {
            List<BotTreeItem> next = new ArrayList<>();
            for (BotTreeItem item : level) {
                List<String> children = item.expand().childTexts();
                if (children.contains(text)) {
                    item.getNode(text).select();
                    return;
                }
                children.forEach(c -> next.add(item.getNode(c)));
            }
            level = next;
        }
        throw new AssertionError("no row '" + text + "' in the tree");
    }

    /** Debug As on the test's model from the Project Explorer, until the system stands at its start. */
    void debugAndWaitForTheStart() {
        bot.viewByTitle("Project Explorer").show().bot().tree().expandNode(PROJECT).getNode(model.getName()).select();
        bot.menu("Run").menu("Debug As").menu("Coyotos Simulation").click();
        // the user said "always" to the Debug perspective: it comes up with the launch
        bot.waitUntil(Condition.that("the Debug perspective is shown", () -> UIThread.syncExec(
                () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getPerspective().getId()
                        .equals(IDebugUIConstants.ID_DEBUG_PERSPECTIVE))), RUN_TIMEOUT);
        BotTree debug = bot.viewByTitle("Debug").show().bot().tree();
        bot.waitUntil(Condition.that("the Debug view shows the system at its start",
                () -> contains(debug.allRows(), "(suspended at the start)")), RUN_TIMEOUT);
    }
}
