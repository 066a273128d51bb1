package coyotos.studio.mkimage.ui.internal.handlers;

import coyotos.studio.mkimage.MkiSyntax;
import coyotos.studio.mkimage.ui.internal.SourceOpener;
import coyotos.studio.mkimage.ui.internal.editor.MkiEditor;
import coyotos.studio.mkimage.ui.internal.editor.ModuleLinks;
import java.nio.file.Path;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** F3 in the .mki editor: opens the module whose name is under the caret in an import statement. */
public final class OpenDeclarationHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (!(part instanceof MkiEditor editor)) {
            return null;
        }
        int offset = ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
        MkiSyntax.ModuleReference ref = ModuleLinks.moduleAt(editor, offset);
        if (ref == null) {
            status(editor, "Open Declaration works on the module name of an import statement.");
            return null;
        }
        Path target = ModuleLinks.resolve(editor, ref);
        if (target == null) {
            status(editor, "Module " + ref.module() + " is not under this file's root nor in the include directories "
                    + "of the last import (File > Import > Coyotos > mkimage Image sets them).");
            return null;
        }
        try {
            SourceOpener.open(editor.getSite().getPage(), target, 1, 1);
        } catch (PartInitException e) {
            status(editor, "Cannot open " + target + ": " + e.getMessage());
        }
        return null;
    }

    private static void status(MkiEditor editor, String message) {
        editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
    }
}
