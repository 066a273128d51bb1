package coyotos.studio.debug.ui.internal;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.NamedElement;

/**
 * A process or endpoint picked in the model tree or a diagram, as a breakpoint names it: the model file that
 * keeps the breakpoint (so it applies to debug runs of that model), the element's id in that file and its name.
 */
record ModelElement(IFile file, String id, String name) {

    /** @throws ExecutionException when the element is not in a model file of the workspace */
    static ModelElement of(NamedElement element) throws ExecutionException {
        URI uri = element.eResource() == null ? null : element.eResource().getURI();
        if (uri == null || !uri.isPlatformResource()) {
            throw new ExecutionException(element.getName() + " is not in a model file of the workspace: save it first");
        }
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)));
        return new ModelElement(file, element.eResource().getURIFragment((EObject) element), element.getName());
    }
}
