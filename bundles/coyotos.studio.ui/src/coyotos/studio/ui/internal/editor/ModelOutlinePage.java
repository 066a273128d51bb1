package coyotos.studio.ui.internal.editor;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import coyotos.studio.ui.internal.emf.ItemProviderContentProvider;
import coyotos.studio.ui.internal.emf.ItemProviderLabelProvider;

/**
 * The Outline: the model's containment tree; selecting in it selects the same element in the editor. When the
 * editor loads its file again, the outline shows the new model.
 */
final class ModelOutlinePage extends ContentOutlinePage {

    private ModelEditingDomain model;
    private Resource resource;
    private TreeViewer editorTree;

    ModelOutlinePage(ModelEditingDomain model, Resource resource, TreeViewer editorTree) {
        this.model = model;
        this.resource = resource;
        this.editorTree = editorTree;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.addSelectionChangedListener(e -> {
            if (editorTree != null && !e.getSelection().isEmpty() && !e.getSelection().equals(editorTree.getSelection())) {
                editorTree.setSelection(e.getSelection(), true);
            }
        });
        showModel();
    }

    /** Shows another model: the editor loaded its file again ({@code resource} null: the file did not load). */
    void show(ModelEditingDomain newModel, Resource newResource, TreeViewer newEditorTree) {
        model = newModel;
        resource = newResource;
        editorTree = newEditorTree;
        if (getTreeViewer() != null && !getTreeViewer().getControl().isDisposed()) {
            showModel();
        }
    }

    private void showModel() {
        TreeViewer viewer = getTreeViewer();
        if (viewer.getContentProvider() != null) {
            // let go of the old model before its providers change (a new viewer has none to let go of)
            viewer.setInput(null);
        }
        viewer.setContentProvider(new ItemProviderContentProvider(model.adapterFactory()));
        viewer.setLabelProvider(new ItemProviderLabelProvider(model.adapterFactory(), viewer.getControl()));
        viewer.setInput(resource);
        if (resource != null) {
            viewer.expandToLevel(2);
        }
    }
}
