package coyotos.studio.journeys.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;

import coyotos.studio.tests.driver.Bot;
import coyotos.studio.tests.driver.BotShell;
import coyotos.studio.tests.driver.BotToolItem;
import coyotos.studio.tests.driver.BotView;
import coyotos.studio.tests.driver.Condition;
import coyotos.studio.tests.driver.UIThread;

/**
 * Journey 5: start a simulation that would run for hours, cancel it in the Progress view; the workbench
 * answers meanwhile, the run stops, no error dialog comes up, and the cancelled run leaves no results. How
 * long the UI took to answer and the run to stop is printed, not asserted (a loaded machine is no bug).
 */
class Journey5CancelTest extends Journey {

    private static final String LONG = "long-run.coyotos";

    @Test
    void cancelALongSimulationWithoutAnErrorDialog() throws Exception {
        Fixtures.exampleProject();
        String seed = new String(Fixtures.example("seed-activation.coyotos"), StandardCharsets.UTF_8);
        String endless = seed.replace("count=\"8\"", "count=\"2147483647\"").replace("randomSeed=\"42\"/>",
                "randomSeed=\"42\" maxCycles=\"4000000000000\" maxEvents=\"4000000000\"/>");
        assertTrue(endless.contains("2147483647") && endless.contains("maxEvents"), "the fixture loops for hours");
        Fixtures.writeFile(LONG, endless.getBytes(StandardCharsets.UTF_8));
        String workbenchTitle = bot.workbenchShell().getText();
        int before = user.runCount();

        user.runAs(LONG);
        bot.waitUntil(Condition.that("the simulation runs", () -> running()), 30_000);
        System.out.printf("Journey 5: while the run is under way, the UI thread answers in %,d ms%n", roundTripMillis());

        bot.menu("Window").menu("Show View").menu("Other...").click();
        BotShell showView = bot.shell("Show View").activate();
        showView.bot().tree().expandNode("General").select("Progress");
        showView.bot().button("Open").click();
        showView.waitUntilClosed(10_000);
        BotView progress = bot.viewByTitle("Progress").show();
        Label job = progress.bot().widget("the run in Progress", Label.class,
                l -> l.getText().startsWith("Simulating " + LONG));
        BotToolItem cancel = new Bot(UIThread.syncExec(() -> job.getParent())).toolItemWithTooltip("Cancel Operation");
        bot.captureScreenshot("journey5-running");

        long start = System.nanoTime();
        cancel.click();
        bot.waitUntil(Condition.that("the run stops", () -> Fixtures.simulations() == 0), 30_000);
        System.out.printf("Journey 5: the run stopped %,d ms after Cancel%n",
                (System.nanoTime() - start) / 1_000_000 + roundTripMillis());
        bot.waitUntil(Condition.that("Progress no longer lists the run", () -> !progress.bot().isShown(Label.class,
                l -> l.getText().startsWith("Simulating " + LONG))));

        user.runs();
        assertEquals(List.of(workbenchTitle), bot.shellTitles(), "no error dialog");
        assertEquals(before, user.runCount(), "a cancelled run adds no results");
        Path runs = Fixtures.project().getFile(LONG).getLocation().toFile().toPath().resolveSibling(LONG + ".runs");
        try (Stream<Path> left = Files.exists(runs) ? Files.list(runs) : Stream.empty()) {
            assertEquals(List.of(), left.toList(), "a cancelled run leaves no files");
        }
        bot.captureScreenshot("journey5-cancelled");
    }

    private static boolean running() {
        for (Job job : Job.getJobManager().find(null)) {
            if (job.getName().equals("Simulating " + LONG) && job.getState() == Job.RUNNING) {
                return true;
            }
        }
        return false;
    }

    /** How long the UI thread takes to run one thing for the test: what a user feels as responsiveness. */
    private static long roundTripMillis() {
        long start = System.nanoTime();
        UIThread.syncExec(() -> { });
        return (System.nanoTime() - start) / 1_000_000;
    }
}
