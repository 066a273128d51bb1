package coyotos.studio.mkimage.ui.internal.handlers;

import coyotos.studio.mkimage.ui.internal.wizards.MkiImportWizard;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** Import as Coyotos Model... on a .mki file: the import wizard, with that file chosen. */
public final class ImportImageHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        ISelection s = HandlerUtil.getCurrentSelection(event);
        MkiImportWizard wizard = new MkiImportWizard();
        wizard.init(window.getWorkbench(), s instanceof IStructuredSelection ss ? ss : StructuredSelection.EMPTY);
        new WizardDialog(window.getShell(), wizard).open();
        return null;
    }
}
