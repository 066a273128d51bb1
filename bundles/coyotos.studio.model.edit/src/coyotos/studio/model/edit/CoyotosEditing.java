package coyotos.studio.model.edit;

import java.util.HashMap;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import coyotos.studio.model.io.CoyotosModel;
import coyotos.studio.model.provider.CoyotosItemProviderAdapterFactory;

/**
 * The editing domain every editor of a Coyotos model uses (tree page, diagram server): our item providers
 * first, so commands such as Delete know each object's parent, and the .coyotos resource factory.
 */
public final class CoyotosEditing {

    public static ComposedAdapterFactory adapterFactory() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        factory.addAdapterFactory(new CoyotosItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return factory;
    }

    public static AdapterFactoryEditingDomain domain(ComposedAdapterFactory adapterFactory, BasicCommandStack stack) {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, stack, new HashMap<>());
        CoyotosModel.registerGlobally();
        domain.getResourceSet().getResourceFactoryRegistry().getExtensionToFactoryMap()
                .putAll(CoyotosModel.newResourceSet().getResourceFactoryRegistry().getExtensionToFactoryMap());
        return domain;
    }

    private CoyotosEditing() {
    }
}
