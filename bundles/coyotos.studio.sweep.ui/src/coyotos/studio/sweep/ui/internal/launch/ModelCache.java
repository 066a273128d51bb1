package coyotos.studio.sweep.ui.internal.launch;

import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.io.ModelLoader;

/**
 * The last model the tab checked the axes against, loaded again only when its file changes: the tab checks on
 * every keystroke, and a model of thousands of objects must not be parsed that often.
 */
final class ModelCache {
    private IFile file;
    private long stamp;
    private CoyotosSystem system;

    /** The model of {@code f}; a model that does not load is a CoreException saying why. */
    CoyotosSystem load(IFile f) throws CoreException {
        if (f.equals(file) && f.getModificationStamp() == stamp && system != null) {
            return system;
        }
        ModelLoader.Result r = new ModelLoader().load(URI.createPlatformResourceURI(f.getFullPath().toString(), true));
        if (r.hasErrors() || r.system() == null) {
            throw SweepSettings.error(f.getFullPath() + " cannot be loaded: "
                    + r.diagnostics().stream().map(Object::toString).collect(Collectors.joining("; ")));
        }
        file = f;
        stamp = f.getModificationStamp();
        system = r.system();
        return system;
    }
}
