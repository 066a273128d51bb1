package coyotos.studio.diagram.ui;

import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

import coyotos.studio.diagram.EditedModel;

/**
 * The diagram's selection as model objects, so the Properties view shows the same sheet whether an element
 * is picked in the tree or in the diagram.
 */
public final class DiagramSelection implements ISelectionProvider {

    private final EditedModel model;
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private ISelection selection = StructuredSelection.EMPTY;

    DiagramSelection(EditedModel model) {
        this.model = model;
    }

    void fromPage(List<String> ids) {
        List<EObject> elements = ids.stream().map(this::elementOf).filter(Objects::nonNull).distinct().toList();
        selection = new StructuredSelection(elements);
        SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
        listeners.forEach(l -> l.selectionChanged(event));
    }

    /** An edge id names its capability, or an endpoint with a {@code #recipient} suffix. */
    private EObject elementOf(String id) {
        int hash = id.indexOf('#');
        return model.byId(hash < 0 ? id : id.substring(0, hash));
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    @Override
    public void setSelection(ISelection newSelection) {
        selection = newSelection;
    }
}
