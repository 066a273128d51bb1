package coyotos.studio.ui.internal.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/** Labels and icons from EMF item providers (the role of emf.edit.ui's AdapterFactoryLabelProvider). */
public class ItemProviderLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final ItemImages images;

    public ItemProviderLabelProvider(AdapterFactory adapterFactory, Control imageOwner) {
        this.adapterFactory = adapterFactory;
        this.images = new ItemImages(imageOwner);
    }

    @Override
    public String getText(Object element) {
        if (element instanceof Resource resource) {
            return resource.getURI().lastSegment();
        }
        IItemLabelProvider provider = labelProvider(element);
        return provider == null ? String.valueOf(element) : provider.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = labelProvider(element);
        return provider == null ? null : images.image(provider.getImage(element));
    }

    private IItemLabelProvider labelProvider(Object element) {
        Object adapter = adapterFactory.adapt(element, IItemLabelProvider.class);
        return adapter instanceof IItemLabelProvider provider ? provider : null;
    }
}
