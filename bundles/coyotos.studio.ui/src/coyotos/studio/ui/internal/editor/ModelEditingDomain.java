package coyotos.studio.ui.internal.editor;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

import coyotos.studio.model.edit.CoyotosEditing;

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
        adapterFactory = CoyotosEditing.adapterFactory();
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
        domain = CoyotosEditing.domain(adapterFactory, stack);
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
