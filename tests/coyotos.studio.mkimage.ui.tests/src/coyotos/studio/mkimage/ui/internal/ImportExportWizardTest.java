package coyotos.studio.mkimage.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.mkimage.MkiOrigin;
import coyotos.studio.mkimage.ui.internal.editor.MkiEditor;
import coyotos.studio.mkimage.ui.internal.handlers.ShowSourceHandler;
import coyotos.studio.mkimage.ui.internal.wizards.MkiExportWizard;
import coyotos.studio.mkimage.ui.internal.wizards.MkiImportWizard;
import coyotos.studio.mkimage.ui.internal.wizards.WizardsForTests;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.KernelObject;
import coyotos.studio.model.Process;
import coyotos.studio.tests.driver.EventLoop;
import coyotos.studio.tests.driver.NoLoggedErrors;
import coyotos.studio.tests.driver.Screenshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** File > Import > Coyotos > mkimage Image, the jump back to the .mki line, and File > Export. */
@ExtendWith(NoLoggedErrors.class)
class ImportExportWizardTest {
    private MkiWorkspace ws;
    private IFile demo;

    @BeforeEach
    void files() throws Exception {
        ws = new MkiWorkspace("mki-wizards");
        demo = ws.file("demo.mki", MkiWorkspace.DEMO);
        ws.file("studio/Util.mki", MkiWorkspace.UTIL);
    }

    @AfterEach
    void clean() throws Exception {
        ws.dispose();
    }

    private static WizardDialog dialog(org.eclipse.jface.wizard.IWizard wizard) {
        WizardDialog d = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        d.setBlockOnOpen(false);
        d.open();
        return d;
    }

    @Test
    @DisplayName("import: the model is written, opens in the model editor, and every element leads back to its line")
    void importOpensTheModel() throws Exception {
        MkiImportWizard wizard = new MkiImportWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(demo));
        WizardDialog d = dialog(wizard);
        assertTrue(wizard.canFinish(), "a .mki in the workspace fills the page: " + WizardsForTests.error(wizard));
        Screenshots.save("mkimage-import-wizard");
        assertTrue(wizard.performFinish(), WizardsForTests.error(wizard));
        d.close();
        IFile model = ws.project.getFile("demo.coyotos");
        assertTrue(model.exists());
        EventLoop.pump();
        IEditorPart editor = MkiWorkspace.page().getActiveEditor();
        assertEquals("coyotos.studio.ui.editor", editor.getSite().getId(), "the model opens in the model editor");
        CoyotosSystem system = (CoyotosSystem) ((IEditingDomainProvider) editor).getEditingDomain().getResourceSet()
                .getResources().get(0).getContents().get(0);
        assertEquals(List.of("bank", "proc", "reply", "proc_space"),
                system.getObjects().stream().map(KernelObject::getName).toList());
        Process proc = (Process) system.getObjects().get(1);
        assertEquals(0x1000, proc.getFaultInfo());
        Screenshots.save("mkimage-imported-model");

        MkiOrigin origin = ShowSourceHandler.originOf(proc.getRegisters().get(0));
        assertEquals(12, origin.line(), "proc.capReg[1] = reply; stored the register");
        IEditorPart source = SourceOpener.open(MkiWorkspace.page(), origin.file(), origin.line(), origin.column());
        MkiEditor mki = assertInstanceOf(MkiEditor.class, source);
        ITextSelection at = (ITextSelection) mki.getSelectionProvider().getSelection();
        assertEquals(11, at.getStartLine(), "the editor shows line 12 (0-based 11)");
        assertTrue(ImportSettings.load(ws.project).includeDirs().isEmpty(),
                "no -I was needed (studio.Util is under the image's own root), and the project remembers that");
        assertEquals("i386", ImportSettings.load(ws.project).target());
    }

    @Test
    @DisplayName("import lays out the diagrams: the layout file beside the model places every process and page")
    void importLaysOutTheDiagrams() throws Exception {
        MkiImportWizard wizard = new MkiImportWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(demo));
        WizardDialog d = dialog(wizard);
        assertTrue(wizard.performFinish(), WizardsForTests.error(wizard));
        d.close();
        EventLoop.pump();
        IFile model = ws.project.getFile("demo.coyotos");
        IFile layout = ws.project.getFile("demo.coyotos.layout");
        assertTrue(layout.exists(), "the layout file is written beside the model and refreshed into the workspace");
        IEditorPart editor = MkiWorkspace.page().getActiveEditor();
        org.eclipse.emf.ecore.resource.Resource res = ((IEditingDomainProvider) editor).getEditingDomain()
                .getResourceSet().getResources().get(0);
        CoyotosSystem system = (CoyotosSystem) res.getContents().get(0);
        var ids = (org.eclipse.emf.ecore.xmi.XMLResource) res;
        Process proc = (Process) system.getObjects().get(1);
        KernelObject reply = system.getObjects().get(2);
        KernelObject page = system.getObjects().get(3);
        com.google.gson.JsonObject diagrams = com.google.gson.JsonParser.parseString(
                Files.readString(layout.getLocation().toFile().toPath())).getAsJsonObject().getAsJsonObject("diagrams");
        com.google.gson.JsonObject processLayout = diagrams.getAsJsonObject("coyotos-layout");
        assertTrue(processLayout.has(ids.getID(proc)) && processLayout.has(ids.getID(reply)), processLayout.toString());
        com.google.gson.JsonObject space = diagrams.getAsJsonObject("coyotos-space/" + ids.getID(proc));
        assertNotNull(space, diagrams.keySet().toString());
        assertTrue(space.has(ids.getID(page)), "the page proc's space designates: " + space);
        assertEquals(model.getName(), editor.getEditorInput().getName());

        // A picture of the laid-out Process Layout page (the GLSP client in the browser; best effort, not checked).
        editor.getClass().getMethod("showDiagram", String.class).invoke(editor, "coyotos-layout");
        long until = System.currentTimeMillis() + 8_000;
        while (System.currentTimeMillis() < until) {
            EventLoop.pump();
            Thread.sleep(50);
        }
        Screenshots.save("mkimage-imported-layout");
    }

    @Test
    @DisplayName("a failed import writes nothing, keeps the wizard open with the problem and marks the .mki file")
    void failedImport() throws Exception {
        IFile broken = ws.file("broken.mki", "module broken {\n  def p = new Process(PrimeBank);\n  p.pc = 1;\n}\n");
        MkiImportWizard wizard = new MkiImportWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(broken));
        WizardDialog d = dialog(wizard);
        assertFalse(wizard.performFinish());
        String message = WizardsForTests.error(wizard);
        assertTrue(message.contains("broken.mki:3:4: Reference to unbound field/member \"pc\""), message);
        Screenshots.save("mkimage-import-failed");
        d.close();
        assertFalse(ws.project.getFile("broken.coyotos").exists(), "nothing written");
        IMarker[] markers = broken.findMarkers(MkiMarkers.TYPE, false, IResource.DEPTH_ZERO);
        assertEquals(1, markers.length);
        assertEquals(3, markers[0].getAttribute(IMarker.LINE_NUMBER, -1));
        assertNull(wizard.lastOutcome().written());
    }

    @Test
    @DisplayName("export writes a .mki module beside the model that imports back")
    void exportWritesTheModule() throws Exception {
        MkiImportWizard importer = new MkiImportWizard();
        importer.init(PlatformUI.getWorkbench(), new StructuredSelection(demo));
        WizardDialog d = dialog(importer);
        assertTrue(importer.performFinish(), WizardsForTests.error(importer));
        d.close();
        MkiWorkspace.page().closeAllEditors(false);
        IFile model = ws.project.getFile("demo.coyotos");

        MkiExportWizard exporter = new MkiExportWizard();
        exporter.init(PlatformUI.getWorkbench(), new StructuredSelection(model));
        WizardDialog e = dialog(exporter);
        Path out = model.getLocation().toFile().toPath().resolveSibling("demo_export.mki");
        WizardsForTests.exportTo(exporter, model, out);
        Screenshots.save("mkimage-export-wizard");
        assertTrue(exporter.performFinish(), WizardsForTests.error(exporter));
        e.close();
        String text = Files.readString(out);
        assertTrue(text.contains("module demo_export {"), text);
        assertTrue(text.contains("  def proc = new Process(bank);"), text);
        assertTrue(ws.project.getFile("demo_export.mki").exists(), "refreshed into the workspace");
        assertNotNull(exporter.lastResult());
    }
}
