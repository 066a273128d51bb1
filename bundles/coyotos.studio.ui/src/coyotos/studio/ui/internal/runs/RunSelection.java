package coyotos.studio.ui.internal.runs;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the results views are looking at: the selected run, the process the Trace and the charts focus on,
 * and the event the Trace should select (a Timeline click). Whenever the library changes (a run is added, the
 * library is cleared) the views go to the newest run, as a user who just launched a run expects. While a
 * debugged system is suspended and selected in the Debug view, the views follow it instead ({@link #follow}):
 * the run as it stands, its current event and cycle; when the debug context goes away they return to the selected
 * run. Listeners may be called from any thread.
 */
public final class RunSelection {

    /** Told when the selected run, the process filter or the revealed event changes. */
    public interface Listener {
        void selectionChanged(RunSelection selection);
    }

    public static final int NONE = -1;

    private static final RunSelection INSTANCE = new RunSelection(RunLibrary.get());

    private final RunLibrary library;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    /** The run the user chose; null follows the newest run of the library. */
    private volatile StoredRun chosen;
    private volatile int processFilter = NONE;
    private volatile int revealedEvent = NONE;
    /** The suspended debugged run the views follow, or null. */
    private volatile Followed followed;

    /** A suspended debugged run: the run as it stands, the row of its current event, the cycle of its stop. */
    private record Followed(StoredRun run, int eventRow, long cycle) {
    }

    private RunSelection(RunLibrary library) {
        this.library = library;
        library.addListener(changed -> {
            chosen = null;
            processFilter = NONE;
            revealedEvent = NONE;
            fire();
        });
    }

    public static RunSelection get() {
        return INSTANCE;
    }

    /** The run the views show: the one chosen while the library holds it, else the newest; null when there is none. */
    public StoredRun run() {
        Followed f = followed;
        if (f != null) {
            return f.run();
        }
        StoredRun run = chosen;
        return run != null && library.runs().contains(run) ? run : library.newest();
    }

    public void select(StoredRun run) {
        if (run != run()) {
            chosen = run;
            processFilter = NONE;
            revealedEvent = NONE;
            fire();
        }
    }

    /** The process (index in the selected run) the Trace and the charts focus on, {@link #NONE} for all. */
    public int processFilter() {
        return processFilter;
    }

    public void filterProcess(int process) {
        processFilter = process;
        fire();
    }

    /** The event (row of the selected run's log) the Trace should select, {@link #NONE} for none. */
    public int revealedEvent() {
        Followed f = followed;
        return f != null && revealedEvent == NONE ? f.eventRow() : revealedEvent;
    }

    /** The cycle of the suspended run's stop, where the Timeline draws its cursor; {@link #NONE} when none. */
    public long cursorCycle() {
        Followed f = followed;
        return f == null ? NONE : f.cycle();
    }

    /** Whether the views follow a suspended debugged run rather than a run of the library. */
    public boolean following() {
        return followed != null;
    }

    /**
     * Follows a suspended debugged run: the views show {@code run} (the run as it stands), the Trace selects
     * {@code eventRow} and the Timeline draws its cursor at {@code cycle}. The run followed before is let go.
     */
    public void follow(StoredRun run, int eventRow, long cycle) {
        Followed before = followed;
        followed = new Followed(run, eventRow, cycle);
        revealedEvent = NONE;
        fire();
        if (before != null) {
            before.run().close();
        }
    }

    /** Stops following a debugged run: the views return to the selected run. */
    public void unfollow() {
        Followed before = followed;
        if (before != null) {
            followed = null;
            revealedEvent = NONE;
            fire();
            before.run().close();
        }
    }

    /** Focuses on one process and reveals one of its events, in one change. */
    public void reveal(int process, int eventRow) {
        processFilter = process;
        revealedEvent = eventRow;
        fire();
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Listener listener : listeners) {
            listener.selectionChanged(this);
        }
    }
}
