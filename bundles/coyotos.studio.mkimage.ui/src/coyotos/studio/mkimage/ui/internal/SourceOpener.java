package coyotos.studio.mkimage.ui.internal;

import java.nio.file.Path;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** Opens a .mki file (in the workspace or not) in its editor at a line and column. */
public final class SourceOpener {
    private SourceOpener() {
    }

    /** The workspace file at {@code path}, or null when the file is outside every project. */
    public static IFile workspaceFile(Path path) {
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(path.toAbsolutePath().toUri());
        for (IFile f : files) {
            if (f.exists()) {
                return f;
            }
        }
        return null;
    }

    public static IEditorPart open(IWorkbenchPage page, Path file, int line, int column) throws PartInitException {
        IFile ws = workspaceFile(file);
        IEditorPart editor = ws != null ? IDE.openEditor(page, ws, true)
                : IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toAbsolutePath().toUri()));
        if (editor instanceof ITextEditor text && line > 0) {
            IDocument doc = text.getDocumentProvider().getDocument(text.getEditorInput());
            try {
                int lineStart = doc.getLineOffset(Math.min(line, doc.getNumberOfLines()) - 1);
                int lineLength = doc.getLineLength(Math.min(line, doc.getNumberOfLines()) - 1);
                int offset = lineStart + Math.max(0, Math.min(column - 1, lineLength));
                text.selectAndReveal(offset, 0);
            } catch (BadLocationException outsideTheFile) {
                text.selectAndReveal(0, 0);
            }
        }
        return editor;
    }
}
