package coyotos.studio.mkimage.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.mkimage.MkiSyntax;
import coyotos.studio.mkimage.ui.internal.editor.MkiEditor;
import coyotos.studio.tests.driver.EventLoop;
import coyotos.studio.tests.driver.NoLoggedErrors;
import coyotos.studio.tests.driver.Screenshots;
import java.util.List;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The .mki editor in a real workbench: colouring, problems while typing, Outline, open declaration. */
@ExtendWith(NoLoggedErrors.class)
class MkiEditorTest {
    private MkiWorkspace ws;
    private IFile demo;
    private IFile util;

    @BeforeEach
    void files() throws Exception {
        ws = new MkiWorkspace("mki-editor");
        demo = ws.file("demo.mki", MkiWorkspace.DEMO);
        util = ws.file("studio/Util.mki", MkiWorkspace.UTIL);
    }

    @AfterEach
    void clean() throws Exception {
        ws.dispose();
    }

    private MkiEditor open(IFile f) throws Exception {
        IEditorPart part = IDE.openEditor(MkiWorkspace.page(), f, true);
        MkiEditor editor = assertInstanceOf(MkiEditor.class, part, ".mki files open in the mkimage editor");
        EventLoop.waitUntil(() -> editor.analysis() != null, 20_000);
        return editor;
    }

    @Test
    @DisplayName("keywords, built-ins, numbers and comments are coloured")
    void colouring() throws Exception {
        MkiEditor editor = open(demo);
        StyledText text = assertInstanceOf(StyledText.class, editor.getAdapter(org.eclipse.swt.widgets.Control.class));
        String content = text.getText();
        StyleRange module = text.getStyleRangeAtOffset(content.indexOf("module"));
        assertNotNull(module, "the keyword 'module' is styled");
        assertEquals(SWT.BOLD, module.fontStyle & SWT.BOLD);
        StyleRange comment = text.getStyleRangeAtOffset(content.indexOf("// A small"));
        assertEquals(SWT.ITALIC, comment.fontStyle & SWT.ITALIC);
        StyleRange builtin = text.getStyleRangeAtOffset(content.indexOf("KernLog"));
        assertNotNull(builtin, "built-ins are styled");
        StyleRange number = text.getStyleRangeAtOffset(content.indexOf("0x1000"));
        assertNotNull(number);
        Screenshots.save("mkimage-editor");
    }

    @Test
    @DisplayName("a syntax error typed in becomes a marker on its line; fixing it removes the marker")
    void problemsWhileTyping() throws Exception {
        MkiEditor editor = open(demo);
        IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        int at = doc.get().indexOf("reply.pm = 1;") + "reply.pm = 1".length();
        doc.replace(at, 1, "");
        EventLoop.waitUntil(() -> markers().size() == 1, 20_000);
        IMarker m = markers().get(0);
        assertEquals(10, m.getAttribute(IMarker.LINE_NUMBER, -1), "the next statement, where the ';' is missing");
        assertTrue(m.getAttribute(IMarker.MESSAGE, "").contains("missing ';'"), m.getAttribute(IMarker.MESSAGE, ""));
        assertEquals(IMarker.SEVERITY_ERROR, m.getAttribute(IMarker.SEVERITY, -1));
        Screenshots.save("mkimage-editor-problem");
        doc.replace(at, 0, ";");
        EventLoop.waitUntil(() -> markers().isEmpty(), 20_000);
    }

    private List<IMarker> markers() {
        try {
            return List.of(demo.findMarkers(MkiMarkers.TYPE, false, IResource.DEPTH_ZERO));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @DisplayName("the Outline lists the module's definitions and a click selects the name in the text")
    void outline() throws Exception {
        MkiEditor editor = open(demo);
        IContentOutlinePage page = editor.getAdapter(IContentOutlinePage.class);
        assertNotNull(page);
        MkiSyntax.Analysis shown = editor.analysis();
        assertEquals(List.of("IMPORT util", "DEF bank", "DEF proc", "DEF reply"),
                shown.outline().stream().map(d -> d.kind() + " " + d.name()).toList());
        MkiWorkspace.page().showView("org.eclipse.ui.views.ContentOutline");
        EventLoop.pump();
        Screenshots.save("mkimage-editor-outline");
    }

    @Test
    @DisplayName("F3 on an imported module's name opens that module")
    void openDeclaration() throws Exception {
        MkiEditor editor = open(demo);
        IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        editor.selectAndReveal(doc.get().indexOf("studio.Util") + 3, 0);
        ICommandService commands = MkiWorkspace.page().getWorkbenchWindow().getService(ICommandService.class);
        IHandlerService handlers = MkiWorkspace.page().getWorkbenchWindow().getService(IHandlerService.class);
        Command open = commands.getCommand("coyotos.studio.mkimage.ui.openDeclaration");
        handlers.executeCommand(open.getId(), null);
        EventLoop.pump();
        IEditorPart active = MkiWorkspace.page().getActiveEditor();
        assertInstanceOf(MkiEditor.class, active);
        assertEquals(util, ((MkiEditor) active).file(), "studio.Util is studio/Util.mki under demo's root");
    }
}
