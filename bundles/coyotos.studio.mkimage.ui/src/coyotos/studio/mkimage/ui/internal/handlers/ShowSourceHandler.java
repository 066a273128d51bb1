package coyotos.studio.mkimage.ui.internal.handlers;

import coyotos.studio.mkimage.MkiOrigin;
import coyotos.studio.mkimage.ui.internal.SourceOpener;
import coyotos.studio.model.Slot;
import coyotos.studio.model.SourceTraced;
import java.nio.file.Files;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Show .mki Source: opens the .mki line that created the selected model element (its origin). */
public final class ShowSourceHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        Object element = selection instanceof IStructuredSelection s ? s.getFirstElement() : null;
        MkiOrigin origin = originOf(element);
        if (origin == null) {
            MessageDialog.openInformation(window.getShell(), "Show .mki Source",
                    "The selected element was not made by an .mki module (it has no origin).");
            return null;
        }
        if (!Files.isRegularFile(origin.file())) {
            MessageDialog.openError(window.getShell(), "Show .mki Source", origin.file() + " no longer exists.");
            return null;
        }
        try {
            SourceOpener.open(window.getActivePage(), origin.file(), origin.line(), origin.column());
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), "Show .mki Source", "Cannot open " + origin.file() + ": " + e.getMessage());
        }
        return null;
    }

    /** The origin of an element; a slot or register shows where its capability was stored. */
    public static MkiOrigin originOf(Object element) {
        if (element instanceof Slot slot && slot.getCap() != null) {
            element = slot.getCap();
        }
        return element instanceof SourceTraced t ? MkiOrigin.parse(t.getOrigin()) : null;
    }
}
