package coyotos.studio.debug.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

import coyotos.studio.debug.FaultBreakpoint;
import coyotos.studio.model.Process;

/**
 * Toggle Fault Breakpoint on a process selected in the model tree or a diagram: a breakpoint on any fault the
 * process raises, kept on the model file (so it applies to debug runs of that model), or removed when there is one.
 */
public class ToggleFaultBreakpointHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (!(selection instanceof IStructuredSelection s) || !(s.getFirstElement() instanceof Process p)) {
            return null;
        }
        ModelElement process = ModelElement.of(p);
        try {
            FaultBreakpoint.toggle(process.file(), process.id(), process.name());
        } catch (CoreException e) {
            throw new ExecutionException("The breakpoint on " + p.getName() + " could not be changed: "
                    + e.getMessage(), e);
        }
        return null;
    }
}
