package coyotos.studio.mkimage.ui.internal;

import coyotos.studio.mkimage.MkiProblem;
import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

/**
 * Problem markers on .mki files: "syntax" ones from the editor's check while typing (replaced at each check), and
 * "import" ones from the last import (replaced at the next import), so that typing does not hide what the last run
 * of the module found in it or in the modules it imports.
 */
public final class MkiMarkers {
    public static final String TYPE = "coyotos.studio.mkimage.ui.problem";
    public static final String SOURCE = "coyotos.studio.mkimage.source";
    public static final String SYNTAX = "syntax";
    public static final String IMPORT = "import";

    private MkiMarkers() {
    }

    /** Replaces the markers of {@code source} on {@code file}; offsets come from {@code document} when there is one. */
    public static void replace(IFile file, String source, List<MkiProblem> problems, IDocument document) throws CoreException {
        for (IMarker m : file.findMarkers(TYPE, false, IResource.DEPTH_ZERO)) {
            if (source.equals(m.getAttribute(SOURCE, ""))) {
                m.delete();
            }
        }
        for (MkiProblem p : problems) {
            add(file, source, p, document);
        }
    }

    /** Removes every import marker in the workspace (a new import replaces them all). */
    public static void clearImports() throws CoreException {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        for (IMarker m : root.findMarkers(TYPE, false, IResource.DEPTH_INFINITE)) {
            if (IMPORT.equals(m.getAttribute(SOURCE, ""))) {
                m.delete();
            }
        }
    }

    public static void add(IFile file, String source, MkiProblem p, IDocument document) throws CoreException {
        IMarker m = file.createMarker(TYPE);
        m.setAttribute(SOURCE, source);
        m.setAttribute(IMarker.MESSAGE, p.message());
        m.setAttribute(IMarker.SEVERITY, switch (p.severity()) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            case INFO -> IMarker.SEVERITY_INFO;
        });
        if (p.line() > 0) {
            m.setAttribute(IMarker.LINE_NUMBER, p.line());
            m.setAttribute(IMarker.LOCATION, "line " + p.line() + ", column " + p.column());
            int[] range = range(document, p);
            if (range != null) {
                m.setAttribute(IMarker.CHAR_START, range[0]);
                m.setAttribute(IMarker.CHAR_END, range[1]);
            }
        }
    }

    /** The characters of the problem's word in the document: from its column to the end of the word. */
    public static int[] range(IDocument document, MkiProblem p) {
        if (document == null || p.line() <= 0 || p.line() > document.getNumberOfLines()) {
            return null;
        }
        try {
            int lineStart = document.getLineOffset(p.line() - 1);
            int lineEnd = lineStart + document.getLineLength(p.line() - 1);
            int start = Math.min(lineStart + Math.max(0, p.column() - 1), lineEnd);
            int end = start;
            while (end < lineEnd && !Character.isWhitespace(document.getChar(end)) && (end == start
                    || Character.isLetterOrDigit(document.getChar(end)) || document.getChar(end) == '_')) {
                end++;
            }
            return new int[] {start, Math.max(end, Math.min(start + 1, lineEnd))};
        } catch (BadLocationException e) {
            return null;
        }
    }
}
