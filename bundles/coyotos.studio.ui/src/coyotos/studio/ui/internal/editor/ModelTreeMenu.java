package coyotos.studio.ui.internal.editor;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;

/**
 * The tree's context menu: New Child (whatever the item providers say the selected object may contain) and
 * Delete, both as EMF commands on the shared stack.
 */
final class ModelTreeMenu {

    private final EditingDomain domain;
    private final StructuredViewer viewer;
    final Action delete = new Action("&Delete") {
        @Override
        public void run() {
            Command command = DeleteCommand.create(domain, selection().toList());
            if (command.canExecute()) {
                domain.getCommandStack().execute(command);
            }
        }
    };

    ModelTreeMenu(EditingDomain domain, StructuredViewer viewer) {
        this.domain = domain;
        this.viewer = viewer;
        delete.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
        delete.setActionDefinitionId(org.eclipse.ui.IWorkbenchCommandConstants.EDIT_DELETE);
        viewer.addSelectionChangedListener(e -> delete.setEnabled(!selection().isEmpty()));
        delete.setEnabled(false);
    }

    void fill(IMenuManager menu) {
        IStructuredSelection selection = selection();
        if (selection.size() == 1) {
            Object owner = selection.getFirstElement();
            MenuManager newChild = new MenuManager("&New Child");
            Collection<?> descriptors = domain.getNewChildDescriptors(owner, null);
            for (Object descriptor : descriptors) {
                Command create = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
                Action action = new Action(create.getLabel()) {
                    @Override
                    public void run() {
                        domain.getCommandStack().execute(create);
                        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(
                                create.getAffectedObjects().toArray()), true);
                    }
                };
                action.setEnabled(create.canExecute());
                newChild.add(action);
            }
            menu.add(newChild);
        }
        menu.add(new Separator());
        menu.add(delete);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    private IStructuredSelection selection() {
        return viewer.getStructuredSelection();
    }
}
