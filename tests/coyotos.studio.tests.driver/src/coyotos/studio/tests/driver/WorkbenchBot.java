package coyotos.studio.tests.driver;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * The entry point, shaped like SWTBot's SWTWorkbenchBot: {@code new WorkbenchBot()} finds widgets in the active
 * shell, and reaches the menu bar, shells by title, views and editors by the title on their tab.
 */
public class WorkbenchBot extends Bot {

    public static final long DEFAULT_TIMEOUT = 10_000;

    public WorkbenchBot() {
        super(WorkbenchBot::activeOrWorkbenchShell);
        Delivery.install();
    }

    private static Shell activeOrWorkbenchShell() {
        Shell active = Display.getCurrent().getActiveShell();
        return active != null ? active : workbenchWindowShell();
    }

    private static Shell workbenchWindowShell() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
    }

    public BotShell workbenchShell() {
        return new BotShell(UIThread.syncExec(() -> WorkbenchBot.workbenchWindowShell()));
    }

    /** A menu of the workbench window's menu bar. */
    public BotMenu menu(String text) {
        return new BotMenu(UIThread.syncExec(() -> workbenchWindowShell().getMenuBar())).menu(text);
    }

    /** The visible shell with this title; waits for it to open. */
    public BotShell shell(String title) {
        Shell[] found = new Shell[1];
        waitUntil(Condition.that("a shell titled '" + title + "' opens (open: " + shellTitles() + ")", () -> {
            for (Shell shell : Display.getCurrent().getShells()) {
                if (shell.isVisible() && title.equals(shell.getText())) {
                    found[0] = shell;
                    return true;
                }
            }
            return false;
        }));
        return new BotShell(found[0]);
    }

    public BotShell activeShell() {
        Shell[] found = new Shell[1];
        waitUntil(Condition.that("a shell is active", () -> (found[0] = Display.getCurrent().getActiveShell()) != null));
        return new BotShell(found[0]);
    }

    /** Titles of the visible shells, the workbench window first. */
    public List<String> shellTitles() {
        return UIThread.syncExec(() -> {
            List<String> titles = new ArrayList<>();
            for (Shell shell : Display.getCurrent().getShells()) {
                if (shell.isVisible()) {
                    titles.add(shell.getText());
                }
            }
            return titles;
        });
    }

    public BotView viewByTitle(String title) {
        return new BotView(tab("view", title, false));
    }

    /** The editor with this title, dirty ("*" + title) or not. */
    public BotEditor editorByTitle(String title) {
        return new BotEditor(tab("editor", title, true));
    }

    private CTabItem tab(String kind, String title, boolean dirtyMark) {
        return new Bot(WorkbenchBot::workbenchWindowShell).widget(kind + " '" + title + "'", CTabItem.class, tab -> {
            String text = Finder.clean(tab.getText());
            return text.equals(title) || dirtyMark && text.equals("*" + title);
        });
    }

    public void waitUntil(Condition condition) {
        waitUntil(condition, DEFAULT_TIMEOUT);
    }

    public void waitUntil(Condition condition, long timeoutMillis) {
        EventLoop.waitUntil(condition, timeoutMillis);
    }

    /** A key with modifiers held, e.g. {@code pressShortcut(SWT.CTRL, 's')}, to the focused widget. */
    public void pressShortcut(int modifiers, int key) {
        Keyboard.pressShortcut(modifiers, key);
    }

    public void pressKey(int key) {
        Keyboard.press(key);
    }

    public void typeText(String text) {
        Keyboard.type(text);
    }

    public File captureScreenshot(String name) {
        return Screenshots.save(name);
    }
}
