package coyotos.studio.ui.internal.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.diagram.EditedModel;
import coyotos.studio.diagram.EditedModels;
import coyotos.studio.diagram.layout.DiagramLayout;
import coyotos.studio.diagram.layout.LayoutFile;
import coyotos.studio.diagram.ui.DiagramPage;
import coyotos.studio.diagram.ui.DisplayModelAccess;

/**
 * The editor's diagram pages and what they share with the tree page: the same editing domain (one command
 * stack), the layout file beside the model, and the editor's save.
 */
final class DiagramPages {

    private final EditedModel model;
    private final String sourceUri;
    private final Path layoutFile;
    private final List<DiagramPage> pages = new ArrayList<>();

    DiagramPages(ModelEditingDomain domain, Resource resource, IFile file, Display display, EditedModel.Saver save) {
        sourceUri = resource.getURI().toString();
        layoutFile = layoutFileOf(resource, file);
        DiagramLayout layout = layoutFile == null ? new DiagramLayout() : LayoutFile.read(layoutFile);
        model = new EditedModel(domain.domain(), resource, new DisplayModelAccess(display), layout, save);
        EditedModels.register(sourceUri, model);
    }

    private static Path layoutFileOf(Resource resource, IFile file) {
        if (file != null && file.getLocation() != null) {
            return LayoutFile.beside(file.getLocation().toFile().toPath());
        }
        return resource.getURI().isFile() ? LayoutFile.beside(Path.of(resource.getURI().toFileString())) : null;
    }

    DiagramPage processLayout(Composite parent) {
        return add(new DiagramPage(parent, model, sourceUri, DiagramKinds.PROCESS_LAYOUT));
    }

    DiagramPage addressSpace(Composite parent) {
        return add(new DiagramPage(parent, model, sourceUri, DiagramKinds.ADDRESS_SPACE));
    }

    private DiagramPage add(DiagramPage page) {
        pages.add(page);
        return page;
    }

    List<DiagramPage> pages() {
        return pages;
    }

    /** Writes the diagram positions beside the model; the model itself is saved by the editor. */
    void saveLayout() throws java.io.IOException {
        if (layoutFile != null) {
            LayoutFile.write(model.layout(), layoutFile);
        }
    }

    void dispose() {
        EditedModels.unregister(sourceUri, model);
        model.dispose();
    }
}
