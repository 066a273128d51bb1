package coyotos.studio.mkimage.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/** Colouring, checking while typing, and module links for the .mki editor. */
final class MkiConfiguration extends TextSourceViewerConfiguration {
    /** How long typing must pause before the module is checked again. */
    static final int CHECK_DELAY_MS = 300;
    private final MkiEditor editor;

    MkiConfiguration(MkiEditor editor, IPreferenceStore store) {
        super(store);
        this.editor = editor;
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer viewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        MkiHighlighting highlighting = new MkiHighlighting();
        reconciler.setDamager(highlighting, IDocument.DEFAULT_CONTENT_TYPE);
        reconciler.setRepairer(highlighting, IDocument.DEFAULT_CONTENT_TYPE);
        return reconciler;
    }

    @Override
    public IReconciler getReconciler(ISourceViewer viewer) {
        MonoReconciler reconciler = new MonoReconciler(new MkiReconcileStrategy(editor), false);
        reconciler.setDelay(CHECK_DELAY_MS);
        return reconciler;
    }

    @Override
    public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer viewer) {
        List<IHyperlinkDetector> all = new ArrayList<>(List.of(new ModuleLinks(editor)));
        IHyperlinkDetector[] inherited = super.getHyperlinkDetectors(viewer);
        if (inherited != null) {
            all.addAll(List.of(inherited));
        }
        return all.toArray(IHyperlinkDetector[]::new);
    }
}
