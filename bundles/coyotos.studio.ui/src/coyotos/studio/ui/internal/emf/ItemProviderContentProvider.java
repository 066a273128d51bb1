package coyotos.studio.ui.internal.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.emf.common.notify.Notification;

/**
 * A JFace tree content provider that asks EMF item providers for children, and refreshes its viewer when
 * they report a change. It plays the role of emf.edit.ui's AdapterFactoryContentProvider, which is not
 * available from Maven Central.
 */
public class ItemProviderContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private final AdapterFactory adapterFactory;
    private StructuredViewer viewer;

    public ItemProviderContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        this.viewer = newViewer instanceof StructuredViewer structured ? structured : null;
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof ResourceSet set) {
            return set.getResources().toArray();
        }
        if (input instanceof Resource resource) {
            return resource.getContents().toArray();
        }
        if (input instanceof Object[] array) {
            return array;
        }
        IStructuredItemContentProvider provider = adapt(input, IStructuredItemContentProvider.class);
        return provider == null ? new Object[0] : provider.getElements(input).toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof Resource resource) {
            return resource.getContents().toArray();
        }
        ITreeItemContentProvider provider = adapt(parent, ITreeItemContentProvider.class);
        if (provider == null) {
            return new Object[0];
        }
        Collection<?> children = provider.getChildren(parent);
        return children.toArray();
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof Resource resource) {
            return resource.getResourceSet();
        }
        ITreeItemContentProvider provider = adapt(element, ITreeItemContentProvider.class);
        return provider == null ? null : provider.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof Resource resource) {
            return !resource.getContents().isEmpty();
        }
        ITreeItemContentProvider provider = adapt(element, ITreeItemContentProvider.class);
        return provider != null && provider.hasChildren(element);
    }

    /** Item providers say what changed and whether labels or structure need a refresh; honour that. */
    @Override
    public void notifyChanged(Notification notification) {
        StructuredViewer target = viewer;
        if (target == null || target.getControl() == null || target.getControl().isDisposed()) {
            return;
        }
        target.getControl().getDisplay().asyncExec(() -> {
            if (target.getControl().isDisposed()) {
                return;
            }
            if (notification instanceof IViewerNotification viewerNotification) {
                Object element = viewerNotification.getElement();
                if (viewerNotification.isContentRefresh()) {
                    target.refresh(element, viewerNotification.isLabelUpdate());
                } else if (viewerNotification.isLabelUpdate()) {
                    target.update(element, null);
                }
            } else {
                target.refresh();
            }
        });
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T adapt(Object object, Class<T> type) {
        Object adapter = adapterFactory.adapt(object, type);
        return type.isInstance(adapter) ? (T) adapter : null;
    }
}
