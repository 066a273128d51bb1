package coyotos.studio.ui.internal.runs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;

import coyotos.studio.runs.RunFiles;
import coyotos.studio.runs.RunRecord;

/**
 * The runs the results views show, and which one is selected. Runs come from launches and from the run
 * folders beside models in the workspace or in the folder the preferences name (so they survive a restart). Listeners may be called from any
 * thread; views hop to the UI thread themselves.
 */
public final class RunLibrary {

    /** Told when runs are added or the selection changes. */
    public interface Listener {
        void runsChanged(RunLibrary library);
    }

    private static final RunLibrary INSTANCE = new RunLibrary();

    private final List<StoredRun> runs = new CopyOnWriteArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile StoredRun selected;
    private volatile int processFilter = -1;
    private volatile int revealedEvent = -1;
    private boolean scanned;

    public static RunLibrary get() {
        return INSTANCE;
    }

    public List<StoredRun> runs() {
        scanWorkspaceOnce();
        return List.copyOf(runs);
    }

    public StoredRun selected() {
        scanWorkspaceOnce();
        return selected;
    }

    public void add(StoredRun run) {
        runs.add(run);
        selected = run;
        processFilter = -1;
        fire();
    }

    public void select(StoredRun run) {
        if (run != selected) {
            selected = run;
            processFilter = -1;
            revealedEvent = -1;
            fire();
        }
    }

    /** The process (index in the selected run) the Trace should focus on, -1 for all; set by chart clicks. */
    public int processFilter() {
        return processFilter;
    }

    public void filterProcess(int process) {
        processFilter = process;
        fire();
    }

    /** The event (row of the selected run's log) the Trace should select, -1 for none; set by Timeline clicks. */
    public int revealedEvent() {
        return revealedEvent;
    }

    /** Focuses the Trace on one process and selects one of its events, in one change. */
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

    /** Forgets every run (tests start from a clean library; the files stay). */
    public void clear() {
        runs.forEach(StoredRun::close);
        runs.clear();
        selected = null;
        scanned = true;
        fire();
    }

    private void fire() {
        for (Listener listener : listeners) {
            listener.runsChanged(this);
        }
    }

    /** Finds run folders (*.runs) in the workspace the first time anyone asks. */
    private synchronized void scanWorkspaceOnce() {
        if (scanned) {
            return;
        }
        scanned = true;
        List<StoredRun> found = new ArrayList<>();
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        try {
            root.accept(resource -> {
                if (resource.getType() == IResource.FOLDER && resource.getName().endsWith(".runs")) {
                    IPath location = resource.getLocation();
                    if (location != null) {
                        Path folder = location.toPath();
                        RunFiles.Loaded loaded = RunFiles.loadAll(folder);
                        for (int i = 0; i < loaded.records().size(); i++) {
                            found.add(new StoredRun(loaded.records().get(i), loaded.files().get(i)));
                        }
                    }
                    return false;
                }
                return true;
            });
        } catch (CoreException e) {
            // an unreadable part of the workspace just contributes no runs
        }
        for (Path folder : RunLocation.foldersOutsideWorkspace()) {
            RunFiles.Loaded loaded = RunFiles.loadAll(folder);
            for (int i = 0; i < loaded.records().size(); i++) {
                found.add(new StoredRun(loaded.records().get(i), loaded.files().get(i)));
            }
        }
        runs.addAll(0, found);
        if (selected == null && !runs.isEmpty()) {
            selected = runs.get(runs.size() - 1);
        }
    }

    /** The run of the given record, if the library holds it. */
    public StoredRun find(RunRecord record) {
        return runs.stream().filter(r -> r.record() == record).findFirst().orElse(null);
    }
}
