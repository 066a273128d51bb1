package coyotos.studio.mkimage.ui.internal.editor;

import coyotos.studio.mkimage.MkiProblem;
import coyotos.studio.mkimage.MkiSyntax;
import coyotos.studio.mkimage.ui.internal.MkiMarkers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;

/**
 * Checks the module after each pause in typing (MkiSyntax.analyze: tokens, syntax and literals): problems become
 * markers on a workspace file (so they are in Problems too) or annotations on a file outside the workspace; the
 * Outline is refreshed from the same check.
 */
final class MkiReconcileStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
    static final String ANNOTATION_ERROR = "org.eclipse.ui.workbench.texteditor.error";
    private final MkiEditor editor;
    private IDocument document;
    private final List<Annotation> annotations = new ArrayList<>();

    MkiReconcileStrategy(MkiEditor editor) {
        this.editor = editor;
    }

    @Override
    public void setDocument(IDocument document) {
        this.document = document;
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
        check();
    }

    @Override
    public void reconcile(IRegion partition) {
        check();
    }

    /** The first check, when the editor opens (MonoReconciler calls only this before any typing). */
    @Override
    public void initialReconcile() {
        check();
    }

    @Override
    public void setProgressMonitor(IProgressMonitor monitor) {
        // each check is short (tokens and syntax only); nothing to cancel
    }

    private void check() {
        if (document == null) {
            return;
        }
        String text = document.get();
        MkiSyntax.Analysis a = MkiSyntax.analyze(text, editor.path());
        editor.analyzed(a);
        IFile file = editor.file();
        if (file != null) {
            IDocument doc = document;
            WorkspaceJob job = new WorkspaceJob("Checking " + file.getName()) {
                @Override
                public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                    if (file.exists()) {
                        MkiMarkers.replace(file, MkiMarkers.SYNTAX, a.problems(), doc);
                    }
                    return Status.OK_STATUS;
                }
            };
            job.setRule(file);
            job.setSystem(true);
            job.schedule();
        } else {
            annotate(a.problems());
        }
    }

    /** Error annotations for a file the workspace does not hold (no markers there). */
    private void annotate(List<MkiProblem> problems) {
        IAnnotationModel model = editor.getDocumentProvider() == null ? null
                : editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        if (model == null) {
            return;
        }
        for (Iterator<Annotation> it = annotations.iterator(); it.hasNext();) {
            model.removeAnnotation(it.next());
            it.remove();
        }
        for (MkiProblem p : problems) {
            int[] range = MkiMarkers.range(document, p);
            if (range != null) {
                Annotation an = new Annotation(ANNOTATION_ERROR, false, p.message());
                model.addAnnotation(an, new Position(range[0], range[1] - range[0]));
                annotations.add(an);
            }
        }
    }
}
