package coyotos.studio.ui.internal.editor;

import java.util.HashMap;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import coyotos.studio.model.io.CoyotosModel;
import coyotos.studio.model.provider.CoyotosItemProviderAdapterFactory;

/**
 * One model, one command stack: the tree page, the Properties view, the Outline and (later) the diagram all
 * change the model through this domain, so Undo/Redo and the dirty state are shared.
 */
public final class ModelEditingDomain {

    /** Asked before the first change of a clean model: may the file be written? */
    public interface EditGuard {
        boolean mayEdit();
    }

    private final ComposedAdapterFactory adapterFactory;
    private final AdapterFactoryEditingDomain domain;

    public ModelEditingDomain(EditGuard guard) {
        adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new CoyotosItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        BasicCommandStack stack = new BasicCommandStack() {
            @Override
            public void execute(Command command) {
                // A read-only file is found out before its model changes, not when saving fails.
                if (!isSaveNeeded() && !guard.mayEdit()) {
                    return;
                }
                super.execute(command);
            }
        };
        domain = new AdapterFactoryEditingDomain(adapterFactory, stack, new HashMap<>());
        CoyotosModel.registerGlobally();
        domain.getResourceSet().getResourceFactoryRegistry().getExtensionToFactoryMap()
                .putAll(CoyotosModel.newResourceSet().getResourceFactoryRegistry().getExtensionToFactoryMap());
    }

    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public BasicCommandStack commandStack() {
        return (BasicCommandStack) domain.getCommandStack();
    }

    public void dispose() {
        adapterFactory.dispose();
    }
}
