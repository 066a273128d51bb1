package coyotos.studio.ui.internal.editor;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import coyotos.studio.ui.internal.emf.ItemProviderContentProvider;
import coyotos.studio.ui.internal.emf.ItemProviderLabelProvider;

/** The Outline: the model's containment tree; selecting in it selects the same element in the editor. */
final class ModelOutlinePage extends ContentOutlinePage {

    private final ModelEditingDomain model;
    private final Resource resource;
    private final TreeViewer editorTree;

    ModelOutlinePage(ModelEditingDomain model, Resource resource, TreeViewer editorTree) {
        this.model = model;
        this.resource = resource;
        this.editorTree = editorTree;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new ItemProviderContentProvider(model.adapterFactory()));
        viewer.setLabelProvider(new ItemProviderLabelProvider(model.adapterFactory(), viewer.getControl()));
        viewer.setInput(resource);
        viewer.expandToLevel(2);
        viewer.addSelectionChangedListener(e -> {
            if (!e.getSelection().isEmpty() && !e.getSelection().equals(editorTree.getSelection())) {
                editorTree.setSelection(e.getSelection(), true);
            }
        });
    }
}
