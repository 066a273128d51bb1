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
 * go to Properties through Quick Access (Ctrl+3), arrows and Enter to edit the CPU profile, save (F12, Ctrl+S)
 * and run (Ctrl+F11).
 * The driver posts no mouse event and the workbench sees no mouse button from start to end.
 */
class Journey7KeyboardOnlyTest extends Journey {

    private static final String MODEL = "seed-activation.coyotos";
    /** Not the model's default (i386-2007, simulated as pentium4): the run shows whether the edit took. */
    private static final String PROFILE = "modern-pcid";
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

        showViewWithQuickAccess("Properties");
        Tree sheet = bot.viewByTitle("Properties").bot().widget("the property sheet", Tree.class, t -> true);
        bot.pressKey(SWT.ARROW_DOWN);
        for (int up = 0; up < 6 && !UIThread.syncExec(() -> selected(sheet)).equals("Cpu Profile"); up++) {
            bot.pressKey(SWT.ARROW_UP);
        }
        assertEquals("Cpu Profile", UIThread.syncExec(() -> selected(sheet)), "the arrows reach the Cpu Profile row");
        bot.pressKey(SWT.CR);
        bot.waitUntil(Condition.that("Enter opens the value for editing", () -> sheet.getDisplay()
                .getFocusControl() instanceof org.eclipse.swt.widgets.Text text && text.getParent() == sheet));
        bot.pressShortcut(SWT.CTRL, 'a');
        bot.typeText(PROFILE);
        bot.pressKey(SWT.CR);
        bot.waitUntil(Condition.that("the model is changed", editor::isDirty));

        bot.pressKey(SWT.F12);
        bot.waitUntil(Condition.that("F12 makes the editor the active part", () -> activePart().equals(MODEL)));
        bot.pressShortcut(SWT.CTRL, 's');
        bot.waitUntil(Condition.that("Ctrl+S saves", () -> !editor.isDirty()));
        bot.waitUntil(Condition.that("the tree shows the new profile",
                () -> selected(model).equals("Simulation Setup " + PROFILE)));

        bot.pressShortcut(SWT.CTRL, SWT.F11);
        showViewWithQuickAccess("Simulation Results");
        user.waitForRuns(before + 1);
        BotTable runs = user.runsTable();
        int newest = runs.rowCount() - 1;
        assertTrue(runs.cell(newest, 0).startsWith("seed-activation"), runs.cell(newest, 0));
        assertEquals(PROFILE, runs.cell(newest, 1), "the run used the profile typed in Properties");
        assertTrue(UserSteps.cycles(runs.cell(newest, 3)) > 0);

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

    /** Ctrl+3, the view's name, Enter: the view comes to the front as the active part. */
    private void showViewWithQuickAccess(String view) {
        bot.pressShortcut(SWT.CTRL, '3');
        bot.typeText(view);
        bot.waitUntil(Condition.that("Quick Access selects the " + view + " view", () -> quickAccessOffers(view)));
        bot.pressKey(SWT.CR);
        bot.waitUntil(Condition.that(view + " is the active part", () -> activePart().equals(view)));
    }

    private static String activePart() {
        var part = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActivePart();
        return part == null ? "" : part.getTitle();
    }

    private static String selected(Tree tree) {
        TreeItem[] selection = tree.getSelection();
        return selection.length == 1 ? selection[0].getText() : "";
    }

    /** The Quick Access popup has selected the view of that name (category "Views", then "Name (Category)"). */
    private static boolean quickAccessOffers(String view) {
        for (var shell : Display.getCurrent().getShells()) {
            if (shell.isVisible()) {
                for (Table table : findTables(shell)) {
                    if (table.getSelectionCount() == 1 && table.getSelection()[0].getText(0).equals("Views")
                            && table.getSelection()[0].getText(1).startsWith(view + " (")) {
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
