package coyotos.studio.ui.internal.emf;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/**
 * Turns the image objects EMF item providers return (URLs, composed images) into SWT images, owned by a
 * resource manager tied to a control so they are freed with it.
 */
public final class ItemImages {

    private final LocalResourceManager resources;

    public ItemImages(Control owner) {
        resources = new LocalResourceManager(JFaceResources.getResources(), owner);
    }

    public Image image(Object itemImage) {
        ImageDescriptor descriptor = descriptor(itemImage);
        return descriptor == null ? null : resources.create(descriptor);
    }

    static ImageDescriptor descriptor(Object itemImage) {
        if (itemImage instanceof ImageDescriptor descriptor) {
            return descriptor;
        }
        if (itemImage instanceof URL url) {
            return ImageDescriptor.createFromURL(url);
        }
        if (itemImage instanceof ComposedImage composed) {
            // Overlays (e.g. "generated" decorations) are secondary: the base image carries the meaning.
            List<Object> images = composed.getImages();
            return images.isEmpty() ? null : descriptor(images.get(0));
        }
        return null;
    }
}
