package coyotos.studio.journeys.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import coyotos.studio.tests.driver.BotCombo;
import coyotos.studio.tests.driver.BotShell;
import coyotos.studio.tests.driver.BotTable;
import coyotos.studio.tests.driver.BotView;
import coyotos.studio.tests.driver.Condition;

/**
 * Journey 4: run the external-handler and the activation-handler variants of the seed example on the 2007
 * profile (Run Configurations), and Compare Runs shows what the simulator tests assert (SeedRelationsTest,
 * scenario 3): the activation handler costs fewer cycles in total and pays no address-space switches.
 */
class Journey4CompareTest extends Journey {

    private static final String PROFILE = "pentium4";

    @Test
    void compareShowsActivationCheaperThanExternalHandler() throws Exception {
        Fixtures.exampleProject();
        int before = user.runCount();
        runWithProfile("external", "/" + Fixtures.PROJECT + "/seed-external-own-space.coyotos");
        user.waitForRuns(before + 1);
        runWithProfile("activation", "/" + Fixtures.PROJECT + "/seed-activation.coyotos");
        user.waitForRuns(before + 2);

        BotView compare = bot.viewByTitle("Compare Runs").show();
        BotCombo a = compare.bot().comboBoxWithLabel("Run A:");
        BotCombo b = compare.bot().comboBoxWithLabel("Run B:");
        bot.waitUntil(Condition.that("Compare offers the two new runs as A and B",
                () -> a.getText().startsWith("seed-external-own-space · " + PROFILE)
                        && b.getText().startsWith("seed-activation · " + PROFILE)));
        BotTable table = compare.bot().tableWithColumn("B - A");
        bot.waitUntil(Condition.that("the comparison is filled in", () -> table.cell("Total", 3) != null));
        bot.captureScreenshot("journey4-compare");

        String total = table.cell("Total", 3);
        assertTrue(total.startsWith("-"), "B - A is negative: the activation handler's total is lower, not " + total);
        assertTrue(ratio(table.cell("Total", 4)) < 1.0, "B / A below 1: " + table.cell("Total", 4));
        assertTrue(UserSteps.cycles(table.cell("Total", 2)) < UserSteps.cycles(table.cell("Total", 1)));
        String switches = table.cell("Address-space switch", 3);
        assertTrue(switches.startsWith("-"), "the activation handler pays fewer address-space switches: " + switches);
    }

    /** Run &gt; Run Configurations..., a new Coyotos Simulation with the model and the CPU profile, Run. */
    private void runWithProfile(String name, String model) {
        bot.menu("Run").menu("Run Configurations...").click();
        BotShell dialog = bot.shell("Run Configurations").activate();
        dialog.bot().tree().getTreeItem("Coyotos Simulation").select();
        dialog.bot().toolItemWithTooltip("New launch configuration").click();
        dialog.bot().textWithLabel("Name:").setText(name);
        dialog.bot().textWithLabel("Model:").setText(model);
        dialog.bot().comboBoxWithLabel("CPU profile:").setSelection(PROFILE);
        dialog.bot().button("Run").click();
        dialog.waitUntilClosed(30_000);
    }

    private static double ratio(String shown) {
        return Double.parseDouble(shown.replace("×", "").trim());
    }
}
