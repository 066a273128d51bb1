package coyotos.studio.tests.driver;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * Runs code on the SWT UI thread and hands back its result or its exception. Called on the UI thread it just
 * runs the code; from a test thread it waits for the UI thread (like SWTBot's UIThreadRunnable).
 */
public final class UIThread {

    private UIThread() {
    }

    public static Display display() {
        Display current = Display.getCurrent();
        return current != null ? current : PlatformUI.getWorkbench().getDisplay();
    }

    public static boolean isUIThread() {
        return Display.getCurrent() != null;
    }

    public static void syncExec(Runnable code) {
        syncExec(() -> {
            code.run();
            return null;
        });
    }

    public static <T> T syncExec(Supplier<T> code) {
        if (isUIThread()) {
            return code.get();
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        AtomicReference<Error> error = new AtomicReference<>();
        display().syncExec(() -> {
            try {
                result.set(code.get());
            } catch (RuntimeException e) {
                failure.set(e);
            } catch (Error e) {
                error.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        if (error.get() != null) {
            throw error.get();
        }
        return result.get();
    }

    /** Queues code on the UI thread and returns at once: for actions that may open a modal dialog. */
    public static void asyncExec(Runnable code) {
        display().asyncExec(code);
    }
}
