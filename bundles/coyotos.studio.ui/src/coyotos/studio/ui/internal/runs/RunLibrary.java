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
 * The runs the results views know, and what went wrong finding them. Runs come from launches, from the run
 * folders beside models in the workspace and from the folder the preferences name (so they survive a restart); a
 * record that cannot be read is kept as a problem for the Simulation Results view to show. Which run is selected is
 * {@link RunSelection}'s business. Listeners may be called from any thread; views hop to the UI thread themselves.
 */
public final class RunLibrary {

    /** Told when runs are added or forgotten. */
    public interface Listener {
        void runsChanged(RunLibrary library);
    }

    private static final RunLibrary INSTANCE = new RunLibrary();

    private final List<StoredRun> runs = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private boolean scanned;

    public static RunLibrary get() {
        return INSTANCE;
    }

    /** Every run, oldest first (the workspace's stored runs in file order, then those of this session). */
    public List<StoredRun> runs() {
        scanWorkspaceOnce();
        return List.copyOf(runs);
    }

    /** The newest run, or null. */
    public StoredRun newest() {
        List<StoredRun> all = runs();
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** Why stored runs could not be read, one line per record file. */
    public List<String> problems() {
        scanWorkspaceOnce();
        return List.copyOf(problems);
    }

    public void add(StoredRun run) {
        runs.add(run);
        fire();
    }

    /** The run of the given record, if the library holds it. */
    public StoredRun find(RunRecord record) {
        return runs.stream().filter(r -> r.record() == record).findFirst().orElse(null);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Forgets every run and problem (tests start from a clean library; the files stay). */
    public void clear() {
        forget(true);
    }

    /** Forgets every run and problem and reads the workspace's run folders again at the next look. */
    public void rescan() {
        forget(false);
    }

    private void forget(boolean scannedAlready) {
        synchronized (this) {
            runs.forEach(StoredRun::close);
            runs.clear();
            problems.clear();
            scanned = scannedAlready;
        }
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
                        addFolder(location.toPath(), found);
                    }
                    return false;
                }
                return true;
            });
        } catch (CoreException e) {
            problems.add("Could not look for stored runs in the workspace: " + e.getMessage());
        }
        for (Path folder : RunLocation.foldersOutsideWorkspace()) {
            addFolder(folder, found);
        }
        runs.addAll(0, found);
    }

    private void addFolder(Path folder, List<StoredRun> found) {
        RunFiles.Loaded loaded = RunFiles.loadAll(folder);
        for (int i = 0; i < loaded.records().size(); i++) {
            found.add(new StoredRun(loaded.records().get(i), loaded.files().get(i)));
        }
        problems.addAll(loaded.problems());
    }
}
