package coyotos.studio.mkimage.ui.internal.editor;

import coyotos.studio.mkimage.MkiSyntax;
import java.nio.file.Path;
import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The editor of .mki modules: the platform's text editor with mkimage's tokens coloured, the module checked as it
 * is typed (problems as markers, or annotations for files outside the workspace), an Outline of its definitions,
 * and F3 / Ctrl+click on an imported module name to open that module.
 */
public class MkiEditor extends TextEditor {
    public static final String ID = "coyotos.studio.mkimage.ui.editor";
    public static final String CONTEXT = "coyotos.studio.mkimage.ui.editorContext";

    private MkiOutlinePage outline;
    private volatile MkiSyntax.Analysis analysis;

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        setSourceViewerConfiguration(new MkiConfiguration(this, getPreferenceStore()));
    }

    @Override
    protected void initializeKeyBindingScopes() {
        setKeyBindingScopes(new String[] {CONTEXT});
    }

    /** The file the editor shows, or null when its input is not a file. */
    public Path path() {
        IEditorInput in = getEditorInput();
        if (in instanceof IFileEditorInput f && f.getFile().getLocation() != null) {
            return f.getFile().getLocation().toFile().toPath();
        }
        if (in instanceof IURIEditorInput u && "file".equals(u.getURI().getScheme())) {
            return Path.of(u.getURI());
        }
        return null;
    }

    /** The workspace file the editor shows, or null. */
    public IFile file() {
        return getEditorInput() instanceof IFileEditorInput f ? f.getFile() : null;
    }

    /** The latest check of the text (null before the first). */
    public MkiSyntax.Analysis analysis() {
        return analysis;
    }

    /** Called by the reconciler, off the UI thread, after each check. */
    void analyzed(MkiSyntax.Analysis a) {
        analysis = a;
        Display display = getSite() == null ? null : getSite().getShell().getDisplay();
        if (display != null && !display.isDisposed()) {
            display.asyncExec(() -> {
                if (outline != null) {
                    outline.show(a);
                }
            });
        }
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IContentOutlinePage.class) {
            if (outline == null) {
                outline = new MkiOutlinePage(this);
                if (analysis != null) {
                    outline.show(analysis);
                }
            }
            return type.cast(outline);
        }
        return super.getAdapter(type);
    }

    /** Selects {@code length} characters at {@code offset} and shows them. */
    void reveal(int offset, int length) {
        selectAndReveal(offset, length);
    }

    @Override
    public void dispose() {
        if (outline != null) {
            outline.dispose();
            outline = null;
        }
        super.dispose();
    }
}
