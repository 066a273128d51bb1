package coyotos.studio.ui.internal.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.HandlerEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.ILog;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.model.IDebugElement;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import coyotos.studio.debug.CoyotosDebugTarget;
import coyotos.studio.runs.RunFiles;
import coyotos.studio.ui.internal.runs.RunLocation;

/**
 * Run From Here as a New Run (Debug view): carries the selected suspended system on to its end with the changes
 * made in it ({@link coyotos.studio.debug.ForkedRun}), keeps that run beside the model as Run As keeps a run, its
 * label saying where it forked and what changed, and leaves the debugger at the stop. The Compare view then sets it
 * against the original run.
 */
public class RunFromHereHandler extends AbstractHandler implements IDebugEventSetListener {

    public RunFromHereHandler() {
        DebugPlugin.getDefault().addDebugEventListener(this);
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        CoyotosDebugTarget target = selectedTarget();
        setBaseEnabled(target != null && target.canRunForward() && target.model() != null);
    }

    /** The Debug view's tool bar asks once: a suspend or resume of a Coyotos system makes it ask again. */
    @Override
    public void handleDebugEvents(DebugEvent[] events) {
        for (DebugEvent e : events) {
            if (e.getSource() instanceof CoyotosDebugTarget) {
                Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
                if (display != null && !display.isDisposed()) {
                    display.asyncExec(() -> {
                        setEnabled(null);
                        fireHandlerChanged(new HandlerEvent(this, true, false));
                    });
                }
                return;
            }
        }
    }

    @Override
    public void dispose() {
        DebugPlugin.getDefault().removeDebugEventListener(this);
        super.dispose();
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        CoyotosDebugTarget target = selectedTarget();
        if (target == null || !target.canRunForward()) {
            return null;
        }
        IFile model = target.model();
        if (model == null) {
            throw new ExecutionException("This system was not started from a model file, so a new run has no place");
        }
        Path folder = RunLocation.folderFor(model);
        String name = RunFiles.newRunName(target.session().info().profile(), LocalDateTime.now());
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ExecutionException("Could not create " + folder + " for the new run: " + e.getMessage(), e);
        }
        target.runFromHere(folder.resolve(name + RunFiles.EVENTS_SUFFIX), fork -> {
            try {
                SimulationJob.keep(model, fork.result(), folder, name, " · " + fork.describe());
            } catch (IOException e) {
                ILog.of(RunFromHereHandler.class).error("Could not save the run forked from " + model.getName()
                        + " in " + folder + ": " + e.getMessage(), e);
            }
        });
        return null;
    }

    private static CoyotosDebugTarget selectedTarget() {
        IDebugElement element = Adapters.adapt(DebugUITools.getDebugContext(), IDebugElement.class);
        return element != null && element.getDebugTarget() instanceof CoyotosDebugTarget t ? t : null;
    }
}
