package coyotos.studio.journeys.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import coyotos.studio.tests.driver.BotEditor;
import coyotos.studio.tests.driver.BotShell;
import coyotos.studio.tests.driver.BotTable;
import coyotos.studio.tests.driver.Condition;
import coyotos.studio.tests.driver.Mouse;
import coyotos.studio.tests.driver.UIThread;

/**
 * Journey 7, keyboard only: Open Resource (Ctrl+Shift+R), pick the model's Simulation Setup in the tree (End),
 * go to Properties through Quick Access (Ctrl+3), set the CPU profile, save (F12, Ctrl+S) and run (Ctrl+F11).
 * The driver posts no mouse event and the workbench sees no mouse button from start to end.
 */
class Journey7KeyboardOnlyTest extends Journey {

    private static final String MODEL = "seed-activation.coyotos";
    private final AtomicInteger buttons = new AtomicInteger();
    private final Listener countButtons = e -> buttons.incrementAndGet();

    @Test
    void openEditAPropertySaveAndRunWithoutTheMouse() throws Exception {
        Fixtures.exampleProject();
        int before = user.runCount();
        int mouse = Mouse.eventsPosted();
        UIThread.syncExec(() -> {
            for (int type : new int[] { SWT.MouseDown, SWT.MouseUp, SWT.MouseDoubleClick }) {
                Display.getCurrent().addFilter(type, countButtons);
            }
        });

        bot.pressShortcut(SWT.CTRL | SWT.SHIFT, 'r');
        BotShell open = bot.shell("Open Resource");
        bot.typeText(MODEL);
        Table matches = open.bot().widget("the matching resources", Table.class, t -> true);
        bot.waitUntil(Condition.that("Open Resource selects " + MODEL, () -> matches.getSelectionCount() == 1
                && matches.getSelection()[0].getText().startsWith(MODEL)));
        bot.pressKey(SWT.CR);
        open.waitUntilClosed(10_000);
        BotEditor editor = bot.editorByTitle(MODEL);
        Tree model = editor.bot().widget("the model tree", Tree.class, t -> true);
        bot.waitUntil(Condition.that("the editor is the active part", () -> activePart().equals(MODEL)));

        bot.pressKey(SWT.END);
        bot.waitUntil(Condition.that("End selects the Simulation Setup", () -> selected(model).startsWith("Simulation Setup")));

        bot.pressShortcut(SWT.CTRL, '3');
        bot.typeText("Properties");
        bot.waitUntil(Condition.that("Quick Access offers the Properties view", () -> quickAccessOffers("Properties")));
        bot.pressKey(SWT.CR);
        Tree sheet = bot.viewByTitle("Properties").bot().widget("the property sheet", Tree.class, t -> true);
        bot.waitUntil(Condition.that("Properties is the active part", () -> activePart().equals("Properties")));
        bot.pressKey(SWT.ARROW_DOWN);
        bot.waitUntil(Condition.that("Down selects the Cpu Profile row", () -> selected(sheet).equals("Cpu Profile")));
        bot.pressShortcut(SWT.CTRL, 'a');
        bot.typeText("p4-2007");
        bot.pressKey(SWT.CR);
        bot.waitUntil(Condition.that("the model is changed", editor::isDirty));

        bot.pressKey(SWT.F12);
        bot.waitUntil(Condition.that("F12 makes the editor the active part", () -> activePart().equals(MODEL)));
        bot.pressShortcut(SWT.CTRL, 's');
        bot.waitUntil(Condition.that("Ctrl+S saves", () -> !editor.isDirty()));
        bot.waitUntil(Condition.that("the tree shows the new profile",
                () -> selected(model).equals("Simulation Setup p4-2007")));

        bot.pressShortcut(SWT.CTRL, SWT.F11);
        user.waitForRuns(before + 1);
        BotTable runs = user.runsTable();
        int newest = runs.rowCount() - 1;
        assertTrue(runs.cell(newest, 0).startsWith("seed-activation"), runs.cell(newest, 0));
        assertEquals("p4-2007", runs.cell(newest, 1), "the run used the profile typed in Properties");
        assertTrue(UserSteps.cycles(runs.cell(newest, 2)) > 0);

        assertEquals(mouse, Mouse.eventsPosted(), "the driver posted no mouse event");
        assertEquals(0, buttons.get(), "the workbench saw no mouse button");
        bot.captureScreenshot("journey7-keyboard-only");
    }

    @AfterEach
    void stopCounting() {
        UIThread.syncExec(() -> {
            for (int type : new int[] { SWT.MouseDown, SWT.MouseUp, SWT.MouseDoubleClick }) {
                Display.getCurrent().removeFilter(type, countButtons);
            }
        });
    }

    private static String activePart() {
        var part = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActivePart();
        return part == null ? "" : part.getTitle();
    }

    private static String selected(Tree tree) {
        TreeItem[] selection = tree.getSelection();
        return selection.length == 1 ? selection[0].getText() : "";
    }

    /** The Quick Access popup lists a match whose first cell is the label. */
    private static boolean quickAccessOffers(String label) {
        for (var shell : Display.getCurrent().getShells()) {
            if (shell.isVisible()) {
                for (Table table : findTables(shell)) {
                    if (table.getItemCount() > 0 && table.getItem(0).getText(0).contains(label)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static java.util.List<Table> findTables(org.eclipse.swt.widgets.Composite root) {
        java.util.List<Table> tables = new java.util.ArrayList<>();
        for (var child : root.getChildren()) {
            if (child instanceof Table table && table.isVisible()) {
                tables.add(table);
            } else if (child instanceof org.eclipse.swt.widgets.Composite c) {
                tables.addAll(findTables(c));
            }
        }
        return tables;
    }
}
