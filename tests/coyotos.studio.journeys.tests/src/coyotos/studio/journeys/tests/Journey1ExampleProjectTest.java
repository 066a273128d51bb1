package coyotos.studio.journeys.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

import coyotos.studio.tests.driver.BotEditor;
import coyotos.studio.tests.driver.BotLabel;
import coyotos.studio.tests.driver.BotTree;
import coyotos.studio.tests.driver.BotTreeItem;
import coyotos.studio.tests.driver.BotView;
import coyotos.studio.tests.driver.Condition;

/**
 * Journey 1: create the example project from the wizard, open the seed example, Problems shows no error;
 * break a rule (§4.3: l2v must leave a page below each slot) through the Properties view, the marker appears;
 * undo, and it goes.
 */
class Journey1ExampleProjectTest extends Journey {

    private static final String RULE = "[COY-GPT-L2V-RANGE]";

    @Test
    void breakARuleInPropertiesSeeTheMarkerUndoAndSeeItGo() {
        user.createExampleProjectWithWizard();
        BotEditor editor = user.open(UserSteps.SEED);
        BotTree model = editor.bot().tree();
        BotView problems = bot.viewByTitle("Problems").show();
        BotLabel summary = problems.bot().labelContaining("items");
        assertEquals("0 items", summary.getText(), "a freshly opened example has no problems");

        editor.show();
        bot.menu("Edit").menu("Validate Model").click();
        problems.show();
        bot.waitUntil(Condition.that("Problems shows the validation's findings", () -> !summary.getText().equals("0 items")));
        assertTrue(summary.getText().startsWith("0 errors"), "the seed example breaks no rule: " + summary.getText());

        editor.show();
        BotTreeItem gpt = model.getTreeItem("System seed-external-own-space").getNode("Gpt app-space").select();
        BotView properties = bot.viewByTitle("Properties").show();
        BotTreeItem l2v = properties.bot().tree().getTreeItem("L2v");
        assertEquals("16", l2v.cell(1), "the Properties view shows the GPT's l2v");
        l2v.clickCell(1);
        properties.bot().text().setText("3");
        bot.pressKey(SWT.CR);
        bot.waitUntil(Condition.that("the editor is dirty", editor::isDirty));
        assertEquals("3", l2v.cell(1));
        editor.save();

        problems.show();
        bot.waitUntil(Condition.that("Problems counts one error", () -> summary.getText().startsWith("1 error,")));
        BotTreeItem errors = problems.bot().tree().getTreeItem("Errors (1 item)").expand();
        assertTrue(errors.childTexts().get(0).startsWith(RULE), "the error is the broken rule: " + errors.childTexts());
        errors.getNode(errors.childTexts().get(0)).select();
        bot.captureScreenshot("journey1-marker-appears");

        editor.show();
        gpt.select();
        bot.pressShortcut(SWT.CTRL, 'z');
        bot.waitUntil(Condition.that("undo changes the saved model back (the editor is dirty)", editor::isDirty));
        bot.viewByTitle("Properties").show();
        bot.waitUntil(Condition.that("Properties shows l2v 16 again", () -> "16".equals(l2v.cell(1))));
        editor.save();
        problems.show();
        bot.waitUntil(Condition.that("the error is gone from Problems", () -> summary.getText().startsWith("0 errors")));
        assertFalse(problems.bot().isShown(TreeItem.class, i -> i.getText().startsWith("Errors (")),
                "no Errors group is left");
        bot.captureScreenshot("journey1-marker-gone");
    }
}
