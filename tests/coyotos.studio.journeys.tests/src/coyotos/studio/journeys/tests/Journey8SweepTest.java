package coyotos.studio.journeys.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import coyotos.studio.tests.driver.Bot;
import coyotos.studio.tests.driver.BotLabel;
import coyotos.studio.tests.driver.BotShell;
import coyotos.studio.tests.driver.BotTable;
import coyotos.studio.tests.driver.BotView;
import coyotos.studio.tests.driver.Condition;
import coyotos.studio.tests.driver.EventLoop;
import coyotos.studio.tests.driver.UIThread;

/**
 * Journey 8: a new user sweeps the replicate axis of the bundled handler-scaling example against the two handler
 * designs, reads in the chart where the activation handlers' memory overtakes one external pager's, and exports
 * the sweep as CSV.
 */
class Journey8SweepTest extends Journey {
    static final String SWEEP_TYPE = "coyotos.studio.sweep.ui.launch";

    @Test
    void sweepReplicateReadTheCrossoverExportCsv() throws Exception {
        user.createExampleProjectWithWizard();

        bot.menu("Run").menu("Run Configurations...").click();
        BotShell dialog = bot.shell("Run Configurations").activate();
        dialog.bot().tree().getTreeItem("Coyotos Sweep").select();
        dialog.bot().toolItemWithTooltip("New launch configuration").click();
        dialog.bot().textWithLabel("Name:").setText("scaling");
        dialog.bot().textWithLabel("Model:").setText("/" + Fixtures.PROJECT + "/handler-scaling.coyotos");
        dialog.bot().button("Add Design").click();
        dialog.bot().textWithLabel("Values:").setText("external-own-space,activation");
        dialog.bot().button("Add Replicate").click();
        dialog.bot().textWithLabel("From:").setText("1");
        dialog.bot().textWithLabel("To:").setText("16");
        dialog.bot().textWithLabel("Step:").setText("1");
        dialog.bot().button("Set Range").click();
        BotLabel runs = dialog.bot().labelContaining(" runs: ");
        bot.waitUntil(Condition.that("the tab counts 32 runs",
                () -> runs.getText().startsWith("32 runs: design 2 \u00d7 replicate 16")));
        bot.captureScreenshot("journey8-sweep-tab");
        dialog.bot().button("Run").click();
        dialog.waitUntilClosed(30_000);

        bot.waitUntil(Condition.that("the sweep starts", () -> sweeping() || resultsShown()), 60_000);
        bot.waitUntil(Condition.that("the sweep has run", () -> !sweeping()), 300_000);
        BotView results = bot.viewByTitle("Sweep Results");
        BotTable table = results.bot().tableWithColumn("memory.total");
        bot.waitUntil(Condition.that("Sweep Results lists the 32 runs", () -> table.rowCount() == 32), 300_000);
        results.show();
        // Ctrl+M: the view fills the window, room for the chart
        bot.pressShortcut(SWT.CTRL, 'm');
        results.bot().comboBoxWithLabel("Metric:").setSelection("memory.total");
        BotLabel crossover = results.bot().labelContaining("Crossover: ");
        bot.waitUntil(Condition.that("the chart names its crossover", () -> crossover.getText()
                .startsWith("Crossover: activation rises above external-own-space between replicate 10 and 11")));
        bot.captureScreenshot("journey8-crossover");
        results.bot().button("Minus the first series").click();
        bot.waitUntil(Condition.that("the difference chart names the same crossover", () -> crossover.getText()
                .startsWith("Crossover: activation rises above external-own-space between replicate 10 and 11")));
        bot.captureScreenshot("journey8-crossover-difference");

        // a view's toolbar sits on the tab folder, beside the tabs, not in the view's content
        new Bot(UIThread.syncExec(() -> results.widget().getParent())).toolItemWithTooltip("Export CSV").click();
        BotShell save = bot.shell("Save As").activate();
        save.bot().textWithLabel("File name:").setText("scaling.csv");
        save.bot().button("OK").click();
        save.waitUntilClosed(10_000);
        IFile csv = Fixtures.project().getFolder("handler-scaling.runs").getFile("scaling.csv");
        bot.waitUntil(Condition.that("the CSV is written beside the saved sweep", csv::exists));
        List<String> lines = Files.readAllLines(csv.getLocation().toPath(), StandardCharsets.UTF_8);
        assertEquals(33, lines.size(), "a header and a line per run");
        assertTrue(lines.get(0).startsWith("index,design,replicate,termination,digest,totalCycles"), lines.get(0));
    }

    @AfterEach
    void stopSweepsAndForgetTheirConfigurations() throws Exception {
        for (Job job : Job.getJobManager().find(null)) {
            if (job.getName().startsWith("Sweeping ")) {
                job.cancel();
            }
        }
        EventLoop.waitUntil(Condition.that("sweeps have stopped", () -> !sweeping()), 60_000);
        ILaunchManager launches = DebugPlugin.getDefault().getLaunchManager();
        for (ILaunchConfiguration c : launches.getLaunchConfigurations(launches.getLaunchConfigurationType(SWEEP_TYPE))) {
            c.delete();
        }
    }

    private boolean resultsShown() {
        return bot.workbenchShell().bot().isShown(org.eclipse.swt.custom.CTabItem.class,
                t -> t.getText().equals("Sweep Results"));
    }

    private static boolean sweeping() {
        return List.of(Job.getJobManager().find(null)).stream().anyMatch(j -> j.getName().startsWith("Sweeping "));
    }
}
