package coyotos.studio.ui.internal.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import coyotos.studio.runs.EventLog;
import coyotos.studio.runs.RunFiles;
import coyotos.studio.runs.RunRecord;
import coyotos.studio.runs.RunRecordJson;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.model.ModelSimulation;
import coyotos.studio.sim.model.OutOfCapacity;
import coyotos.studio.sim.model.Translation;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;
import coyotos.studio.ui.internal.runs.RunLibrary;
import coyotos.studio.ui.internal.runs.RunLocation;
import coyotos.studio.ui.internal.runs.StoredRun;

/**
 * One simulation run in the background: runs the translation (already carrying the launch's overrides) through
 * {@link ModelSimulation#simulation(Translation, coyotos.studio.sim.model.SimulationOverrides)}, as the CLI does,
 * writes the event log and the run record beside the model, and hands the run to the views. Cancel stops the
 * simulator within its cancellation check (a few thousand steps), and a cancelled run leaves no files behind; so
 * does a run that ran out of memory, which ends with an error saying what was too big.
 */
public final class SimulationJob extends Job {

    public static final Object FAMILY = SimulationJob.class;
    /** Events kept for Trace and Timeline; the high-volume touches and TLB misses are counted, not kept. */
    static final long EVENT_LOG_LIMIT = 2_000_000;

    private final SimulationSettings settings;
    private final Translation translation;

    public SimulationJob(SimulationSettings settings, Translation translation) {
        super("Simulating " + settings.model().getName());
        this.settings = settings;
        this.translation = translation;
        setUser(true);
        setPriority(LONG);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        SystemImage image = translation.image();
        Path folder = RunLocation.folderFor(settings.model());
        String name = RunFiles.newRunName(image.setup().profile(), LocalDateTime.now());
        Path eventsFile = folder.resolve(name + RunFiles.EVENTS_SUFFIX);
        RunResult result;
        try {
            Files.createDirectories(folder);
            try (EventLog.Writer events = new EventLog.Writer(eventsFile, EventType.STRUCTURAL, EVENT_LOG_LIMIT)) {
                result = ModelSimulation.simulation(translation, settings.overrides()).sink(events)
                        .cancel(monitor::isCanceled).run();
            } catch (OutOfMemoryError | StackOverflowError e) {
                Files.deleteIfExists(eventsFile);
                return Status.error("Coyotos Studio " + OutOfCapacity.message(e,
                        OutOfCapacity.simulating(settings.model().getName(), image)));
            }
            if (result.termination() == Termination.CANCELLED || monitor.isCanceled()) {
                Files.deleteIfExists(eventsFile);
                return Status.CANCEL_STATUS;
            }
            keep(settings.model(), result, folder, name, "");
        } catch (IOException e) {
            return Status.error("Could not write the results of " + settings.model().getName() + " to " + folder
                    + ": " + e.getMessage(), e);
        }
        return result.termination() == Termination.COMPLETED ? Status.OK_STATUS
                : Status.info(settings.model().getName() + " " + result.termination().phrase() + ". "
                        + (result.diagnosis() == null ? "" : result.diagnosis()));
    }

    /**
     * Saves the record of a run whose events are in {@code <name>.events} of {@code folder}, beside the model, and
     * hands it to the views: what Run As does at the end of a run, and Debug As at the end of a debugged one
     * ({@code how}: "", " · debugged" or " · forked at ...", in the run's label).
     */
    static StoredRun keep(IFile model, RunResult result, Path folder, String name, String how) throws IOException {
        String label = model.getName().replaceFirst("\\.coyotos$", "") + " · "
                + result.profile() + " · " + result.kernel() + " · " + name.substring(0, 15) + how;
        RunRecord run = RunRecord.of(result, label, model.getFullPath().toString(),
                name + RunFiles.EVENTS_SUFFIX);
        Path recordFile = folder.resolve(name + RunFiles.RECORD_SUFFIX);
        RunRecordJson.save(run, recordFile);
        try {
            model.getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
        } catch (CoreException e) {
            // the run is saved; the Project Explorer shows it at its next refresh
        }
        StoredRun stored = new StoredRun(run, recordFile);
        RunLibrary.get().add(stored);
        KernelConsoleView.print(label, result.console());
        return stored;
    }
}
