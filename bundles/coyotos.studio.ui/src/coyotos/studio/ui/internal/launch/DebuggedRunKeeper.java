package coyotos.studio.ui.internal.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;

import coyotos.studio.debug.CoyotosDebugTarget;
import coyotos.studio.runs.RunFiles;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.ui.internal.runs.RunLocation;

/**
 * Keeps a debugged run when it reaches its end, as Run As keeps a run: its events and record beside the model, and
 * the run in the results views (labelled "debugged"). A run that ends again after going back and changing something
 * is kept again (its digest differs); the same end reached twice is kept once.
 */
final class DebuggedRunKeeper implements IDebugEventSetListener {

    private final SimulationSettings settings;
    private final CoyotosDebugTarget target;
    private final Set<Long> kept = new HashSet<>();

    private DebuggedRunKeeper(SimulationSettings settings, CoyotosDebugTarget target) {
        this.settings = settings;
        this.target = target;
    }

    static void follow(SimulationSettings settings, CoyotosDebugTarget target) {
        DebugPlugin.getDefault().addDebugEventListener(new DebuggedRunKeeper(settings, target));
    }

    @Override
    public void handleDebugEvents(DebugEvent[] events) {
        for (DebugEvent e : events) {
            if (e.getSource() != target) {
                continue;
            }
            if (e.getKind() == DebugEvent.TERMINATE) {
                DebugPlugin.getDefault().removeDebugEventListener(this);
                return;
            }
            RunResult result = e.getKind() == DebugEvent.SUSPEND ? target.result() : null;
            if (result != null && kept.add(result.digest())) {
                keep(result);
            }
        }
    }

    private void keep(RunResult result) {
        Job job = Job.create("Saving the debugged run of " + settings.model().getName(), monitor -> {
            Path folder = RunLocation.folderFor(settings.model());
            String name = RunFiles.newRunName(result.profile(), LocalDateTime.now());
            try {
                Files.createDirectories(folder);
                target.events().writeTo(folder.resolve(name + RunFiles.EVENTS_SUFFIX));
                SimulationJob.keep(settings.model(), result, folder, name, " · debugged");
                return Status.OK_STATUS;
            } catch (IOException ex) {
                return (IStatus) Status.error("Could not write the debugged run of " + settings.model().getName()
                        + " to " + folder + ": " + ex.getMessage(), ex);
            }
        });
        job.setSystem(true);
        job.schedule();
    }
}
