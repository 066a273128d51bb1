package coyotos.studio.mkimage.ui.internal.editor;

import coyotos.studio.mkimage.MkiImport;
import coyotos.studio.mkimage.MkiSyntax;
import coyotos.studio.mkimage.ui.internal.ImportSettings;
import coyotos.studio.mkimage.ui.internal.SourceOpener;
import java.nio.file.Path;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.ui.PartInitException;

/**
 * Imported module names as links (Ctrl+click, and F3 through {@link #moduleAt}): they open the module as mkimage
 * would find it, under the file's own root and then the include directories of the project's last import.
 */
public final class ModuleLinks implements IHyperlinkDetector {
    private final MkiEditor editor;

    ModuleLinks(MkiEditor editor) {
        this.editor = editor;
    }

    /** The import written at {@code offset}, or null. */
    public static MkiSyntax.ModuleReference moduleAt(MkiEditor editor, int offset) {
        String text = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
        MkiSyntax.Analysis a = MkiSyntax.analyze(text, editor.path());
        for (MkiSyntax.ModuleReference r : a.imports()) {
            if (offset >= r.offset() && offset <= r.offset() + r.length()) {
                return r;
            }
        }
        return null;
    }

    /** The file of the module {@code ref} names, or null when it is not found. */
    public static Path resolve(MkiEditor editor, MkiSyntax.ModuleReference ref) {
        String text = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
        String own = MkiSyntax.analyze(text, editor.path()).moduleName();
        MkiImport.Options o = ImportSettings.load(editor.file() == null ? null : editor.file().getProject());
        return MkiSyntax.resolveModule(ref.module(), editor.path(), own, o.includeDirs(), o.target());
    }

    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
        MkiSyntax.ModuleReference ref = moduleAt(editor, region.getOffset());
        if (ref == null) {
            return null;
        }
        Path target = resolve(editor, ref);
        if (target == null) {
            return null;
        }
        return new IHyperlink[] {new IHyperlink() {
            @Override
            public IRegion getHyperlinkRegion() {
                return new Region(ref.offset(), ref.length());
            }

            @Override
            public String getTypeLabel() {
                return "mkimage module";
            }

            @Override
            public String getHyperlinkText() {
                return "Open " + ref.module();
            }

            @Override
            public void open() {
                try {
                    SourceOpener.open(editor.getSite().getPage(), target, 1, 1);
                } catch (PartInitException e) {
                    editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(
                            "Cannot open " + target + ": " + e.getMessage());
                }
            }
        }};
    }
}
