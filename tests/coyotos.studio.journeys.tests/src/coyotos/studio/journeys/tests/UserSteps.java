package coyotos.studio.journeys.tests;

import org.eclipse.swt.SWT;

import coyotos.studio.tests.driver.BotEditor;
import coyotos.studio.tests.driver.BotShell;
import coyotos.studio.tests.driver.BotTable;
import coyotos.studio.tests.driver.BotTree;
import coyotos.studio.tests.driver.BotTreeItem;
import coyotos.studio.tests.driver.Condition;
import coyotos.studio.tests.driver.WorkbenchBot;

/** The steps journeys share, each done the way a user does it: menus, the Project Explorer, the views. */
final class UserSteps {

    static final String SEED = "seed-external-own-space.coyotos";
    static final long RUN_TIMEOUT = 120_000;

    private final WorkbenchBot bot;

    UserSteps(WorkbenchBot bot) {
        this.bot = bot;
    }

    /** File &gt; New &gt; Project... &gt; Examples &gt; Coyotos &gt; Coyotos Examples, Next, Finish. */
    void createExampleProjectWithWizard() {
        bot.menu("File").menu("New").menu("Project...").click();
        BotShell wizard = bot.shell("New Project").activate();
        wizard.bot().tree().expandNode("Examples", "Coyotos").select("Coyotos Examples");
        wizard.bot().button("Next >").click();
        wizard.bot().labelContaining("Creates the project '" + Fixtures.PROJECT + "'");
        wizard.bot().button("Finish").click();
        wizard.waitUntilClosed(30_000);
    }

    BotTree explorer() {
        return bot.viewByTitle("Project Explorer").show().bot().tree();
    }

    BotTreeItem inExplorer(String file) {
        return explorer().expandNode(Fixtures.PROJECT).getNode(file);
    }

    /**
     * Click the model in the Project Explorer and press Enter; the editor comes up with its tab. (Not a
     * double-click: GTK pairs clicks into double-clicks by timing, and the click that selects the row would
     * sometimes make a triple click of it.)
     */
    BotEditor open(String file) {
        inExplorer(file).select();
        bot.pressKey(SWT.CR);
        return bot.editorByTitle(file).show();
    }

    /** Selects the model in the Project Explorer and chooses Run &gt; Run As &gt; Coyotos Simulation. */
    void runAs(String file) {
        inExplorer(file).select();
        bot.menu("Run").menu("Run As").menu("Coyotos Simulation").click();
    }

    /** The runs table of Simulation Results, one row per run the workspace knows. */
    BotTable runs() {
        bot.viewByTitle("Simulation Results").show();
        return runsTable();
    }

    /** The runs table, read without bringing the view to the front (it shows on start, so it exists). */
    BotTable runsTable() {
        return bot.viewByTitle("Simulation Results").bot().tableWithColumn("Total cycles");
    }

    int runCount() {
        return runs().rowCount();
    }

    void waitForRuns(int count) {
        BotTable runs = runsTable();
        bot.waitUntil(Condition.that("Simulation Results lists " + count + " run(s)", () -> runs.widget().getItemCount() >= count),
                RUN_TIMEOUT);
    }

    /** A number as the views print it ("1,234,567") as a long. */
    static long cycles(String shown) {
        return Long.parseLong(shown.replace(",", "").trim());
    }
}
