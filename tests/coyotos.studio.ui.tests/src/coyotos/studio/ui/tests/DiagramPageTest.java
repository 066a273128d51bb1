package coyotos.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.diagram.ui.DiagramPage;
import coyotos.studio.model.KernelObject;
import coyotos.studio.model.Process;
import coyotos.studio.tests.driver.Screenshots;
import coyotos.studio.ui.internal.editor.CoyotosModelEditor;

/**
 * The Process Layout page of the .coyotos editor: the GLSP client in the SWT Browser (WebKitGTK), its server
 * in the workbench, one model and one undo history with the tree page.
 */
class DiagramPageTest extends ExampleProjectTest {

    private static DiagramBrowser showProcessLayout(CoyotosModelEditor editor) {
        DiagramPage page = editor.showDiagram(DiagramKinds.PROCESS_LAYOUT);
        assertNotNull(page.browser(), "the diagram page started a browser");
        DiagramBrowser browser = new DiagramBrowser(page.browser());
        browser.waitUntilReady();
        return browser;
    }

    private static List<Process> processes(CoyotosModelEditor editor) {
        return editor.system().getObjects().stream().filter(Process.class::isInstance).map(Process.class::cast).toList();
    }

    @Test
    void aProcessMadeFromThePaletteIsInTheTreeAndInTheFileAfterSaveAndReopen() throws Exception {
        IFile file = project.getFile("seed-external-own-space.coyotos");
        CoyotosModelEditor editor = (CoyotosModelEditor) IDE.openEditor(Workbench.page(), file);
        DiagramBrowser diagram = showProcessLayout(editor);
        assertEquals(2, diagram.count(DiagramKinds.PROCESS), "app and pager");
        Screenshots.save("diagram-opened");

        diagram.clickTool("Process");
        int[] empty = diagram.emptyCanvasPoint();
        diagram.click(empty[0], empty[1]);
        Workbench.waitUntil("the new process is drawn", 20_000, () -> diagram.count(DiagramKinds.PROCESS) == 3);
        Screenshots.save("diagram-process-added");

        Process created = processes(editor).get(2);
        assertTrue(editor.isDirty(), "a diagram change makes the editor dirty");
        editor.treeViewer().expandAll();
        assertNotNull(editor.treeViewer().testFindItem(created), "the tree page shows the new process");

        editor.doSave(new NullProgressMonitor());
        assertFalse(editor.isDirty());
        String name = created.getName();
        assertTrue(Files.readString(file.getLocation().toFile().toPath(), StandardCharsets.UTF_8)
                .contains("name=\"" + name + "\""));
        Path layout = file.getLocation().toFile().toPath().resolveSibling(file.getName() + ".layout");
        assertTrue(Files.exists(layout), "positions are saved beside the model");

        Workbench.page().closeAllEditors(false);
        CoyotosModelEditor reopened = (CoyotosModelEditor) IDE.openEditor(Workbench.page(), file);
        DiagramBrowser again = showProcessLayout(reopened);
        assertEquals(3, again.count(DiagramKinds.PROCESS), "the saved process is drawn after reopening");
        KernelObject reloaded = processes(reopened).get(2);
        assertEquals(name, reloaded.getName());
    }

    @Test
    void diagramSelectionDrivesPropertiesAndUndoInTheEditorUndoesADiagramChange() throws Exception {
        IFile file = project.getFile("seed-external-own-space.coyotos");
        CoyotosModelEditor editor = (CoyotosModelEditor) IDE.openEditor(Workbench.page(), file);
        DiagramBrowser diagram = showProcessLayout(editor);
        Process app = processes(editor).get(0);
        String appId = ((org.eclipse.emf.ecore.xmi.XMLResource) app.eResource()).getID(app);

        diagram.evaluate("window.coyotosDiagram.select(['" + appId + "'])");
        Workbench.waitUntil("the editor's selection is the process picked in the diagram", 10_000, () -> {
            var selected = editor.getSite().getSelectionProvider().getSelection();
            return selected instanceof org.eclipse.jface.viewers.IStructuredSelection s && s.getFirstElement() == app;
        });

        diagram.evaluate("window.coyotosDiagram.layout()");
        Workbench.waitUntil("the layout makes the editor dirty", 10_000, editor::isDirty);
        editor.undoRedo().undoAction().run();
        Workbench.waitUntil("Edit > Undo of the editor undoes the diagram's layout", 10_000, () -> !editor.isDirty());

        Path svg = Files.createTempFile("coyotos-diagram", ".svg");
        System.setProperty("coyotos.studio.svgExportPath", svg.toString());
        try {
            Files.delete(svg);
            diagram.evaluate("window.coyotosDiagram.exportSvg()");
            Workbench.waitUntil("the SVG is written", 10_000, () -> Files.exists(svg));
            String text = Files.readString(svg);
            assertTrue(text.contains("<svg") && text.contains("app"), "an SVG of the diagram");
        } finally {
            System.clearProperty("coyotos.studio.svgExportPath");
        }
    }

    @Test
    void withoutABrowserThePageNamesThePackageToInstall() {
        org.eclipse.swt.widgets.Shell shell = new org.eclipse.swt.widgets.Shell();
        try {
            coyotos.studio.diagram.ui.BrowserUnavailable.explain(shell,
                    new org.eclipse.swt.SWTError(org.eclipse.swt.SWT.ERROR_NO_HANDLES, "No more handles [WebKit]"));
            String text = textOf(shell);
            assertTrue(text.contains("apt-get install libwebkit2gtk-4.1-0"), text);
            assertTrue(text.contains("Model page still works"), text);
        } finally {
            shell.dispose();
        }
    }

    private static String textOf(org.eclipse.swt.widgets.Control control) {
        StringBuilder text = new StringBuilder();
        if (control instanceof org.eclipse.swt.widgets.Label label) {
            text.append(label.getText()).append('\n');
        } else if (control instanceof org.eclipse.swt.widgets.Text field) {
            text.append(field.getText()).append('\n');
        } else if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                text.append(textOf(child));
            }
        }
        return text.toString();
    }

    /** The text of the page's notice bar, if it shows one. */
    private static String noticeOf(org.eclipse.swt.widgets.Control control) {
        if (control instanceof org.eclipse.swt.widgets.Label label && label.getData("coyotos.notice") != null) {
            return label.getText();
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                String found = noticeOf(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void aCorruptLayoutFileStillOpensTheDiagramAndSaysSo() throws Exception {
        IFile file = project.getFile("ipc-client-server.coyotos");
        Path layout = file.getLocation().toFile().toPath().resolveSibling(file.getName() + ".layout");
        Files.writeString(layout, "{ not json");
        CoyotosModelEditor editor = (CoyotosModelEditor) IDE.openEditor(Workbench.page(), file);
        DiagramBrowser diagram = showProcessLayout(editor);
        assertTrue(diagram.count(DiagramKinds.PROCESS) > 0, "laid out afresh");
        String notice = noticeOf(editor.diagramPages().get(0).control());
        assertNotNull(notice, "the page tells the user the layout file was not used");
        assertTrue(notice.contains(file.getName() + ".layout"), notice);
        Screenshots.save("diagram-corrupt-layout");
    }
}
