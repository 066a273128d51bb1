package coyotos.studio.diagram.internal.server;

import java.nio.file.Path;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

import coyotos.studio.diagram.EditedModel;
import coyotos.studio.diagram.ModelAccess;
import coyotos.studio.diagram.layout.DiagramLayout;
import coyotos.studio.diagram.layout.LayoutFile;
import coyotos.studio.model.edit.CoyotosEditing;
import coyotos.studio.model.io.ModelLoader;

/**
 * A model opened by the diagram server itself, for a page that asks for a file no editor has open (the
 * client tests, a browser pointed at the server): loaded from disk with its layout, saved back the same way.
 */
public final class StandaloneModels {

    public static EditedModel open(String sourceUri) {
        URI uri = sourceUri.contains(":") ? URI.createURI(sourceUri) : URI.createFileURI(sourceUri);
        if (!uri.isFile()) {
            throw new IllegalArgumentException("No editor has " + sourceUri + " open, and it is not a local file.");
        }
        AdapterFactoryEditingDomain domain = CoyotosEditing.domain(CoyotosEditing.adapterFactory(),
                new BasicCommandStack());
        ModelLoader.Result loaded = new ModelLoader(domain.getResourceSet()).load(uri);
        if (loaded.hasErrors() || loaded.system() == null) {
            throw new IllegalArgumentException(sourceUri + " does not load: " + loaded.diagnostics());
        }
        Path layoutPath = LayoutFile.beside(Path.of(uri.toFileString()));
        DiagramLayout layout = LayoutFile.read(layoutPath);
        BasicCommandStack stack = (BasicCommandStack) domain.getCommandStack();
        return new EditedModel(domain, loaded.resource(), ModelAccess.INLINE, layout, () -> {
            loaded.resource().save(java.util.Map.of());
            LayoutFile.write(layout, layoutPath);
            stack.saveIsDone();
        });
    }

    private StandaloneModels() {
    }
}
