package coyotos.studio.ui.internal.editor;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;

/**
 * The editor's selection is the selection of its visible page: the tree or a diagram. The workbench (and so
 * the Properties view) listens here once; the editor points this at the page that is showing.
 */
final class PageSelection implements ISelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final ISelectionChangedListener relay = event -> fire(event.getSelection());
    private ISelectionProvider current;

    void showing(ISelectionProvider page) {
        if (current != null) {
            current.removeSelectionChangedListener(relay);
        }
        current = page;
        if (current != null) {
            current.addSelectionChangedListener(relay);
            fire(current.getSelection());
        }
    }

    private void fire(ISelection selection) {
        SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
        listeners.forEach(l -> l.selectionChanged(event));
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
        return current == null ? org.eclipse.jface.viewers.StructuredSelection.EMPTY : current.getSelection();
    }

    @Override
    public void setSelection(ISelection selection) {
        if (current != null) {
            current.setSelection(selection);
        }
    }
}
