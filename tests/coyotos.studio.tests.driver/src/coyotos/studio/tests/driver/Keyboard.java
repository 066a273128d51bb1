package coyotos.studio.tests.driver;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

/**
 * Real keyboard input: KeyDown/KeyUp pairs posted through Display.post to the widget with the keyboard focus.
 * A key is a character ('s', '3', SWT.CR, SWT.ESC, SWT.TAB) or an SWT key code (SWT.F11, SWT.ARROW_DOWN).
 */
public final class Keyboard {

    private static final int[] MODIFIERS = { SWT.CTRL, SWT.SHIFT, SWT.ALT, SWT.COMMAND };
    private static final String CONTROL_KEYS = "" + SWT.CR + SWT.LF + SWT.TAB + SWT.ESC + SWT.BS + SWT.DEL;
    private static final String SHIFTED = "~!@#$%^&*()_+{}|:\"<>?";

    private Keyboard() {
    }

    /** Holds the modifiers (SWT.CTRL | SWT.SHIFT ...) down while pressing the key, like a user's shortcut. */
    public static void pressShortcut(int modifiers, int key) {
        WindowFocus.ensure();
        Delivery.expectKey(key);
        for (int m : MODIFIERS) {
            if ((modifiers & m) != 0) {
                post(SWT.KeyDown, m);
            }
        }
        post(SWT.KeyDown, key);
        post(SWT.KeyUp, key);
        for (int i = MODIFIERS.length - 1; i >= 0; i--) {
            if ((modifiers & MODIFIERS[i]) != 0) {
                post(SWT.KeyUp, MODIFIERS[i]);
            }
        }
        Delivery.awaitKey();
    }

    public static void press(int key) {
        pressShortcut(SWT.NONE, key);
    }

    /** Types the text key by key; capitals and shifted symbols are typed with Shift held, as a user would. */
    public static void type(String text) {
        for (char c : text.toCharArray()) {
            boolean shift = Character.isUpperCase(c) || SHIFTED.indexOf(c) >= 0;
            pressShortcut(shift ? SWT.SHIFT : SWT.NONE, shift ? unshifted(c) : c);
        }
    }

    private static char unshifted(char c) {
        if (Character.isUpperCase(c)) {
            return Character.toLowerCase(c);
        }
        return "`1234567890-=[]\\;',./".charAt(SHIFTED.indexOf(c));
    }

    private static void post(int type, int key) {
        Event event = new Event();
        event.type = type;
        if ((key & SWT.KEYCODE_BIT) != 0 || isModifier(key)) {
            event.keyCode = key;
        } else {
            event.character = (char) key;
            // control characters have a key of their own (Return, Tab, Escape...): SWT maps them by key code
            if (CONTROL_KEYS.indexOf(key) >= 0) {
                event.keyCode = key;
            }
        }
        if (!UIThread.syncExec(() -> UIThread.display().post(event))) {
            throw new IllegalStateException("the display refused to post key " + key);
        }
    }

    private static boolean isModifier(int key) {
        for (int m : MODIFIERS) {
            if (key == m) {
                return true;
            }
        }
        return false;
    }
}
