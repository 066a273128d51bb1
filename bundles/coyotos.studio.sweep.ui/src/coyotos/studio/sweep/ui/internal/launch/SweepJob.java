package coyotos.studio.sweep.ui.internal.launch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import coyotos.studio.sweep.Shard;
import coyotos.studio.sweep.SweepException;
import coyotos.studio.sweep.model.SweepModel;
import coyotos.studio.sweep.result.SweepFiles;
import coyotos.studio.sweep.result.SweepInfo;
import coyotos.studio.sweep.result.SweepResult;
import coyotos.studio.sweep.run.SweepProgress;
import coyotos.studio.sweep.run.SweepRunner;
import coyotos.studio.sweep.ui.internal.views.ShownSweep;
import coyotos.studio.sweep.ui.internal.views.SweepResultsView;

/**
 * One sweep in the background, on the threads the settings give: progress is runs done of the total with the
 * time left, Cancel stops the running simulations at their next check. A finished sweep is saved beside the
 * model ({@code <model>.runs/}) and shown in Sweep Results; a cancelled one is shown as far as it got and not
 * saved, as a cancelled run leaves no files.
 */
public final class SweepJob extends Job {

    public static final Object FAMILY = SweepJob.class;

    private final SweepSettings settings;
    private final SweepModel model;

    public SweepJob(SweepSettings settings, SweepModel model) {
        super("Sweeping " + settings.model().getName() + " (" + settings.spec().countText() + ")");
        this.settings = settings;
        this.model = model;
        setUser(true);
        setPriority(LONG);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        long total = settings.spec().points();
        monitor.beginTask(getName(), (int) Math.min(Integer.MAX_VALUE, total));
        Path file = settings.model().getLocation().toPath();
        SweepResult result;
        try {
            SweepInfo info = SweepFiles.info(file, settings.model().getName(), model.base().getName(), settings.spec());
            result = new SweepRunner(model, info).run(settings.jobs(), Shard.ALL, (p, done, n, elapsed) -> {
                monitor.worked(1);
                monitor.subTask(done + " / " + n + " runs, " + SweepProgress.duration(
                        SweepProgress.remainingNanos(done, n, elapsed)) + " left");
            }, monitor::isCanceled);
        } catch (SweepException e) {
            return Status.error(settings.model().getName() + ": " + e.getMessage());
        }
        if (!result.complete()) {
            ShownSweep.get().show(result, null);
            SweepResultsView.reveal();
            return Status.CANCEL_STATUS;
        }
        Path saved;
        try {
            saved = SweepFiles.save(result, SweepFiles.folderFor(file), LocalDateTime.now());
        } catch (IOException e) {
            ShownSweep.get().show(result, null);
            return Status.error("The sweep of " + settings.model().getName() + " ran but could not be saved in "
                    + SweepFiles.folderFor(file) + ": " + e.getMessage(), e);
        }
        try {
            settings.model().getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
        } catch (CoreException e) {
            // saved all the same; the Project Explorer shows the file at its next refresh
        }
        ShownSweep.get().show(result, saved);
        SweepResultsView.reveal();
        long failed = result.failedPoints();
        return failed == 0 ? Status.OK_STATUS
                : Status.info(failed + " of " + total + " runs of " + settings.model().getName()
                        + " could not run; the Sweep Results table says why.");
    }
}
