package coyotos.studio.journeys.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;

import coyotos.studio.tests.driver.BotEditor;
import coyotos.studio.tests.driver.BotShell;
import coyotos.studio.tests.driver.Condition;

/**
 * Journey 2: in the diagram of a new model, build a layout from the palette — a process, its GPT address space
 * with two pages, an endpoint and an external handler process that receives from it — save, reopen, and find
 * the same drawing, the same file and the same layout.
 */
class Journey2DiagramTest extends Journey {

    @Test
    void aLayoutBuiltFromThePaletteSurvivesSaveAndReopen() throws Exception {
        Fixtures.exampleProject();
        user.inExplorer("ipc-client-server.coyotos").select();
        bot.menu("File").menu("New").menu("Other...").click();
        BotShell wizard = bot.shell("New").activate();
        wizard.bot().tree().expandNode("Coyotos").select("Coyotos Model");
        wizard.bot().button("Next >").click();
        wizard.bot().textWithLabel("File name:").setText("drawn.coyotos");
        wizard.bot().button("Finish").click();
        wizard.waitUntilClosed(30_000);
        BotEditor editor = bot.editorByTitle("drawn.coyotos").show();

        DiagramSteps layout = new DiagramSteps(bot, editor).showPage("Process Layout");
        String app = layout.createNode("Process", "node:process");
        String handler = layout.createNode("Process", "node:process");
        String endpoint = layout.createNode("Endpoint", "node:endpoint");
        String space = layout.createNode("Address space (GPT)", "node:space");
        layout.connect("Address space", "edge:space", app, space);
        layout.connect("Fault handler", "edge:handler", app, endpoint);
        layout.connect("Recipient", "edge:recipient", endpoint, handler);
        assertTrue(editor.isDirty(), "the drawing changed the model");
        bot.captureScreenshot("journey2-process-layout");

        DiagramSteps tree = new DiagramSteps(bot, editor).showPage("Address Space");
        assertEquals("process-1", editor.bot().comboBoxWithLabel("Process:").getText(),
                "the page offers the process that now has an address space");
        assertTrue(tree.ids("node:gpt").contains(space), "the address space of the process is its GPT");
        String page0 = tree.createNode("Page", "node:page");
        String page1 = tree.createNode("Page", "node:page");
        tree.connect("Slot capability", "edge:slot", space, page0);
        tree.connect("Slot capability", "edge:slot", space, page1);
        bot.captureScreenshot("journey2-address-space");

        bot.pressShortcut(SWT.CTRL, 's');
        bot.waitUntil(Condition.that("the model is saved", () -> !editor.isDirty()), 20_000);
        IFile file = Fixtures.project().getFile("drawn.coyotos");
        Path model = file.getLocation().toFile().toPath();
        Path layoutFile = model.resolveSibling("drawn.coyotos.layout");
        String savedModel = Files.readString(model);
        String savedLayout = Files.readString(layoutFile);
        assertTrue(savedModel.contains("coyotos:Process") && savedModel.contains("coyotos:PageCapability"), savedModel);
        assertTrue(savedLayout.contains(app) && savedLayout.contains(page1), savedLayout);
        // read on the page itself: a hidden page does not finish drawing an update until it is shown again
        List<String> processLayoutDrawing = layout.showPage("Process Layout").drawing();

        bot.pressShortcut(SWT.CTRL, 'w');
        bot.waitUntil(Condition.that("the editor closes", () -> !editor.isOpen()));
        BotEditor reopened = user.open("drawn.coyotos");
        DiagramSteps again = new DiagramSteps(bot, reopened).showPage("Process Layout");
        assertEquals(processLayoutDrawing, again.drawing(), "the same nodes, edges, labels and positions");
        DiagramSteps spaceAgain = new DiagramSteps(bot, reopened).showPage("Address Space");
        assertEquals(2, spaceAgain.ids("edge:slot").size());
        assertFalse(reopened.isDirty(), "reopening changes nothing");
        assertEquals(savedModel, Files.readString(model), "the model file is as saved");
        assertEquals(savedLayout, Files.readString(layoutFile), "the layout file is as saved");
        bot.captureScreenshot("journey2-reopened");
    }
}
