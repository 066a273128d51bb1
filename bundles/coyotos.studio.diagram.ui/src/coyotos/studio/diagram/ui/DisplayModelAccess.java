package coyotos.studio.diagram.ui;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;

import coyotos.studio.diagram.ModelAccess;

/**
 * Model access on the UI thread: the tree page's viewers listen to the model and may only be told of changes
 * there. Work from the diagram server's thread waits for the UI thread; work already on it runs at once.
 */
public final class DisplayModelAccess implements ModelAccess {

    private final Display display;

    public DisplayModelAccess(Display display) {
        this.display = display;
    }

    @Override
    public <T> T call(Supplier<T> work) {
        if (Display.getCurrent() == display) {
            return work.get();
        }
        if (display.isDisposed()) {
            throw new IllegalStateException("The workbench is closing; the diagram change was not made.");
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        try {
            display.syncExec(() -> {
                try {
                    result.set(work.get());
                } catch (RuntimeException e) {
                    failure.set(e);
                }
            });
        } catch (SWTException e) {
            throw new IllegalStateException("The workbench is closing; the diagram change was not made.", e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
