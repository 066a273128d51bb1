package coyotos.studio.ui.internal.views;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

/**
 * Computes what a view shows in a background job and applies it on the UI thread, newest request wins:
 * a slow computation never replaces a newer one, and nothing is applied to a disposed control. Views whose
 * data comes from the run library (which may scan the workspace or read event logs) refresh through this.
 */
final class LatestResult {

    private final String name;
    private final Control owner;
    private int generation;
    private Job job;

    LatestResult(String name, Control owner) {
        this.name = name;
        this.owner = owner;
    }

    /**
     * UI thread: cancels the previous computation and starts this one. The computation is told when it has
     * been cancelled (a newer request, the view closing) so a long one can stop early; its result is dropped.
     */
    <T> void compute(Function<BooleanSupplier, T> background, Consumer<T> apply) {
        int mine = ++generation;
        if (job != null) {
            job.cancel();
        }
        job = Job.create(name, monitor -> {
            T result = background.apply(monitor::isCanceled);
            if (!monitor.isCanceled() && !owner.isDisposed()) {
                owner.getDisplay().asyncExec(() -> {
                    if (mine == generation && !owner.isDisposed()) {
                        apply.accept(result);
                    }
                });
            }
        });
        job.setSystem(true);
        job.setPriority(Job.SHORT);
        job.schedule();
    }

    void cancel() {
        if (job != null) {
            job.cancel();
        }
    }
}
