package coyotos.studio.sweep.ui.internal.views;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import coyotos.studio.sweep.result.SweepResult;

/**
 * The sweep the Sweep Results view shows: the last one that finished (or was cancelled), or one the user
 * reopened. Jobs set it from their thread; listeners are told on that thread and hop to the UI thread themselves.
 *
 * @see SweepResultsView
 */
public final class ShownSweep {
    private static final ShownSweep INSTANCE = new ShownSweep();

    /** What is shown: the result and the file it is saved in (null when it is not saved). */
    public record Shown(SweepResult result, Path file) {
    }

    private final List<Consumer<Shown>> listeners = new CopyOnWriteArrayList<>();
    private volatile Shown current;

    private ShownSweep() {
    }

    public static ShownSweep get() {
        return INSTANCE;
    }

    public Shown current() {
        return current;
    }

    public void show(SweepResult result, Path file) {
        Shown s = new Shown(result, file);
        current = s;
        listeners.forEach(l -> l.accept(s));
    }

    void addListener(Consumer<Shown> l) {
        listeners.add(l);
    }

    void removeListener(Consumer<Shown> l) {
        listeners.remove(l);
    }
}
