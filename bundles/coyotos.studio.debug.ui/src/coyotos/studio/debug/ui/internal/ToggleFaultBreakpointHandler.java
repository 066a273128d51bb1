package coyotos.studio.debug.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

import coyotos.studio.debug.FaultBreakpoint;
import coyotos.studio.model.Process;

/**
 * Toggle Fault Breakpoint on a process selected in the model tree: a breakpoint on any fault the process raises,
 * kept on the model file (so it applies to debug runs of that model), or removed when there is one.
 */
public class ToggleFaultBreakpointHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (!(selection instanceof IStructuredSelection s) || !(s.getFirstElement() instanceof Process p)) {
            return null;
        }
        IFile file = fileOf(p);
        if (file == null) {
            throw new ExecutionException(p.getName() + " is not in a model file of the workspace: save it first");
        }
        try {
            FaultBreakpoint.toggle(file, p.eResource().getURIFragment(p), p.getName());
        } catch (CoreException e) {
            throw new ExecutionException("The breakpoint on " + p.getName() + " could not be changed: "
                    + e.getMessage(), e);
        }
        return null;
    }

    static IFile fileOf(Process p) {
        URI uri = p.eResource() == null ? null : p.eResource().getURI();
        if (uri == null || !uri.isPlatformResource()) {
            return null;
        }
        return ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)));
    }
}
