package coyotos.studio.ui.internal.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.model.IDebugElement;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.contexts.IDebugContextListener;
import org.eclipse.swt.widgets.Display;

import coyotos.studio.debug.CoyotosDebugTarget;
import coyotos.studio.debug.SuspendedRun;

/**
 * Makes the results views follow the Coyotos system selected in the Debug view while it is suspended: at each stop
 * (and each change the user makes there) it takes the run as it stands ({@link SuspendedRun}, computed off the UI
 * thread) and has the {@link RunSelection} follow it; when the selection leaves the system, or the system runs or
 * ends, the views return to the selected run. Started by the first results view; lives with the workbench.
 */
public final class SuspendedRunFollower implements IDebugContextListener, IDebugEventSetListener {

    private static SuspendedRunFollower instance;

    private final Display display;
    private Path folder;
    /** The events file the views follow now, deleted when a newer one replaces it. */
    private Path shown;
    private int generation;

    private SuspendedRunFollower(Display display) {
        this.display = display;
    }

    /** UI thread: starts following the debug context, once. */
    public static synchronized void start(Display display) {
        if (instance == null) {
            instance = new SuspendedRunFollower(display);
            DebugUITools.getDebugContextManager().addDebugContextListener(instance);
            DebugPlugin.getDefault().addDebugEventListener(instance);
            instance.update();
        }
    }

    @Override
    public void debugContextChanged(org.eclipse.debug.ui.contexts.DebugContextEvent event) {
        update();
    }

    @Override
    public void handleDebugEvents(DebugEvent[] events) {
        for (DebugEvent e : events) {
            if (e.getSource() instanceof IDebugElement d && d.getDebugTarget() instanceof CoyotosDebugTarget) {
                if (!display.isDisposed()) {
                    display.asyncExec(this::update);
                }
                return;
            }
        }
    }

    /** UI thread: follows the selected Coyotos system if it is suspended, else returns the views to their run. */
    private void update() {
        IDebugElement element = Adapters.adapt(DebugUITools.getDebugContext(), IDebugElement.class);
        CoyotosDebugTarget target = element != null && element.getDebugTarget() instanceof CoyotosDebugTarget t
                ? t : null;
        int mine = ++generation;
        if (target == null || target.isTerminated() || !target.isSuspended()) {
            RunSelection.get().unfollow();
            delete(shown);
            shown = null;
            return;
        }
        Job job = Job.create("Showing the suspended run in the results views", monitor -> {
            SuspendedRun run;
            try {
                run = SuspendedRun.of(target, folder());
            } catch (IOException e) {
                return Status.warning("The results views cannot show the suspended run: " + e.getMessage(), e);
            }
            SuspendedRun taken = run;
            display.asyncExec(() -> apply(mine, taken));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void apply(int mine, SuspendedRun run) {
        if (mine != generation) {
            delete(run == null ? null : run.eventsFile());
            return;
        }
        Path before = shown;
        if (run == null) {
            RunSelection.get().unfollow();
            shown = null;
        } else {
            RunSelection.get().follow(new StoredRun(run.record(), run.recordFile()), run.eventRow(), run.cycle());
            shown = run.eventsFile();
        }
        if (before != null && !before.equals(shown)) {
            delete(before);
        }
    }

    private synchronized Path folder() throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("coyotos-suspended-run");
            folder.toFile().deleteOnExit();
        }
        return folder;
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                ILog.of(SuspendedRunFollower.class).warn("Could not delete " + file + ": " + e.getMessage());
            }
        }
    }
}
