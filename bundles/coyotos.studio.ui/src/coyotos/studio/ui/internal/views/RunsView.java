package coyotos.studio.ui.internal.views;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.ViewPart;

import coyotos.studio.ui.internal.runs.RunLibrary;
import coyotos.studio.ui.internal.runs.RunSelection;
import coyotos.studio.ui.internal.runs.SuspendedRunFollower;

/**
 * What the five results views share: they follow the run library and the run selection, refresh on the UI
 * thread (one refresh for a burst of changes), compute what takes time in a background job whose result only
 * a living view applies, and let go of all of it when closed. A subclass builds its controls and refreshes.
 */
public abstract class RunsView extends ViewPart {

    private final RunLibrary.Listener libraryListener = library -> refreshLater();
    private final RunSelection.Listener selectionListener = selection -> refreshLater();
    private Control control;
    private LatestResult background;
    private boolean refreshPending;

    @Override
    public final void createPartControl(Composite parent) {
        control = createContents(parent);
        background = new LatestResult("Preparing " + getPartName(), control);
        RunLibrary.get().addListener(libraryListener);
        RunSelection.get().addListener(selectionListener);
        SuspendedRunFollower.start(parent.getDisplay());
        refresh();
    }

    /** Builds the view's controls; returns the one whose life the view's refreshes follow. */
    protected abstract Control createContents(Composite parent);

    /** UI thread: shows the current state of the library and the selection. */
    protected abstract void refresh();

    /** From any thread: refresh on the UI thread, once for all the changes until then, if the view still lives. */
    protected final void refreshLater() {
        if (control == null || control.isDisposed()) {
            return;
        }
        synchronized (this) {
            if (refreshPending) {
                return;
            }
            refreshPending = true;
        }
        control.getDisplay().asyncExec(() -> {
            synchronized (this) {
                refreshPending = false;
            }
            if (!control.isDisposed()) {
                refresh();
            }
        });
    }

    /**
     * UI thread: computes in the background what takes time (the first look at the library scans the
     * workspace; event logs hold millions of events) and applies it here; a newer request cancels an older one.
     */
    protected final <T> void compute(Function<BooleanSupplier, T> work, Consumer<T> apply) {
        background.compute(work, apply);
    }

    @Override
    public void setFocus() {
        control.setFocus();
    }

    @Override
    public void dispose() {
        RunLibrary.get().removeListener(libraryListener);
        RunSelection.get().removeListener(selectionListener);
        if (background != null) {
            background.cancel();
        }
        super.dispose();
    }
}
