package coyotos.studio.mkimage.ui.internal.editor;

import coyotos.studio.mkimage.MkiSyntax;
import coyotos.studio.mkimage.MkiSyntax.TokenKind;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;

/**
 * Colours mkimage's tokens (MkiSyntax.tokens, the same lexer the import uses). A comment or string can change how
 * everything after it lexes, so every change repaints the whole module; .mki files are small.
 */
final class MkiHighlighting implements IPresentationDamager, IPresentationRepairer {
    private static final Map<TokenKind, Style> STYLES = new EnumMap<>(TokenKind.class);

    private record Style(Color colour, int fontStyle, boolean underline) {
    }

    static {
        STYLES.put(TokenKind.KEYWORD, new Style(new Color(127, 0, 85), SWT.BOLD, false));
        STYLES.put(TokenKind.BUILTIN, new Style(new Color(0, 64, 160), SWT.NORMAL, false));
        STYLES.put(TokenKind.NUMBER, new Style(new Color(128, 64, 0), SWT.NORMAL, false));
        STYLES.put(TokenKind.STRING, new Style(new Color(42, 0, 255), SWT.NORMAL, false));
        STYLES.put(TokenKind.COMMENT, new Style(new Color(63, 127, 95), SWT.ITALIC, false));
        STYLES.put(TokenKind.ERROR, new Style(new Color(200, 0, 0), SWT.BOLD, true));
    }

    private IDocument document;

    @Override
    public void setDocument(IDocument document) {
        this.document = document;
    }

    @Override
    public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
        return new Region(0, event.getDocument().getLength());
    }

    @Override
    public void createPresentation(TextPresentation presentation, ITypedRegion damage) {
        String text = document.get();
        int from = damage.getOffset();
        int to = from + damage.getLength();
        for (MkiSyntax.Span t : MkiSyntax.tokens(text)) {
            if (t.offset() + t.length() <= from || t.offset() >= to) {
                continue;
            }
            Style s = STYLES.get(t.kind());
            if (s != null) {
                StyleRange r = new StyleRange(t.offset(), t.length(), s.colour(), null, s.fontStyle());
                r.underline = s.underline();
                presentation.addStyleRange(r);
            }
        }
    }

    /** The colour a kind of token is drawn in (for tests), or null for the default. */
    static Color colourOf(TokenKind kind) {
        Style s = STYLES.get(kind);
        return s == null ? null : s.colour();
    }
}
