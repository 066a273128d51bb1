package coyotos.studio.tests.driver;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * A menu of the menu bar, walked by item text: {@code bot.menu("File").menu("New").menu("Project...").click()}.
 * <p>
 * Menus are the one place the driver does not post real input. GTK shows a menu as a separate popup window
 * that holds a pointer and keyboard grab, and it handles the keys and clicks inside it natively: SWT sees no
 * MouseUp/KeyUp for them, so the driver could not tell when a posted click has been handled, and the menu bar's
 * Alt mnemonics only work while the window manager has given the shell the focus (there is none under Xvfb).
 * So, like SWTBot, the driver sends each menu the SWT.Show a real opening sends (Eclipse fills its dynamic
 * menus, New and Run As among them, on that event), then SWT.Arm and SWT.Selection to the item, then SWT.Hide.
 */
public class BotMenu {

    private static final Pattern NUMBERED = Pattern.compile("^\\d+ ");

    private final MenuItem item;
    private final Menu menu;

    BotMenu(Menu menu) {
        this.item = null;
        this.menu = menu;
    }

    private BotMenu(MenuItem item) {
        this.item = item;
        this.menu = null;
    }

    /** The item with this text in this menu (its "1 ", "2 " numbering and accelerator ignored); waits for it. */
    public BotMenu menu(String text) {
        MenuItem[] found = new MenuItem[1];
        EventLoop.waitUntil(Condition.that("the menu offers '" + text + "' (it offers " + texts() + ")", () -> {
            Menu shown = shown();
            for (MenuItem candidate : shown.getItems()) {
                String label = Finder.clean(candidate.getText());
                if (label.equals(text) || NUMBERED.matcher(label).replaceFirst("").equals(text)) {
                    found[0] = candidate;
                    return true;
                }
            }
            return false;
        }), 10_000);
        return new BotMenu(found[0]);
    }

    /** Chooses the item: queued on the UI thread, so a modal dialog it opens does not block the test. */
    public void click() {
        String label = UIThread.syncExec(() -> Finder.clean(item.getText()));
        EventLoop.waitUntil(Condition.that("menu item '" + label + "' is enabled", item::isEnabled), 10_000);
        Menu parent = UIThread.syncExec(() -> item.getParent());
        UIThread.asyncExec(() -> {
            if ((item.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0) {
                item.setSelection(!item.getSelection());
            }
            item.notifyListeners(SWT.Arm, new Event());
            item.notifyListeners(SWT.Selection, new Event());
        });
        // queued after the selection; a modal dialog the selection opens runs it in its own event loop
        UIThread.asyncExec(() -> hideAll(parent));
        EventLoop.pump();
    }

    public boolean isEnabled() {
        return UIThread.syncExec(() -> item.isEnabled());
    }

    public List<String> texts() {
        return UIThread.syncExec(() -> {
            List<String> texts = new ArrayList<>();
            for (MenuItem i : shown().getItems()) {
                texts.add(Finder.clean(i.getText()));
            }
            return texts;
        });
    }

    /** The menu this bot stands for, after the SWT.Show that makes Eclipse fill it. UI thread. */
    private Menu shown() {
        Menu target = menu != null ? menu : item.getMenu();
        if (target == null) {
            throw new AssertionError("'" + Finder.clean(item.getText()) + "' has no submenu");
        }
        if (!target.isDisposed() && target.getData(SHOWN) == null) {
            target.notifyListeners(SWT.Show, new Event());
            target.setData(SHOWN, Boolean.TRUE);
        }
        return target;
    }

    private static final String SHOWN = BotMenu.class.getName() + ".shown";

    private static void hideAll(Menu parent) {
        while (parent != null && !parent.isDisposed() && (parent.getStyle() & SWT.BAR) == 0) {
            if (parent.getData(SHOWN) != null) {
                parent.setData(SHOWN, null);
                parent.notifyListeners(SWT.Hide, new Event());
            }
            parent = parent.getParentMenu();
        }
    }
}
