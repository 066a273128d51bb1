package coyotos.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Gpt;
import coyotos.studio.ui.internal.editor.CoyotosModelEditor;
import coyotos.studio.ui.internal.emf.ItemPropertySourceProvider;
import coyotos.studio.ui.internal.validation.ModelMarkers;
import coyotos.studio.ui.internal.validation.ValidationJob;
import coyotos.studio.ui.internal.wizards.ExampleModels;

/** The .coyotos editor in a real workbench: tree, Properties bridge, undo, markers, a file that will not load. */
class ModelEditorTest extends ExampleProjectTest {

    @Test
    void exampleProjectHoldsEveryShippedModel() {
        assertTrue(ExampleModels.modelPaths().size() >= 6, "six example models ship");
        for (String path : ExampleModels.modelPaths()) {
            assertTrue(project.getFile(path).exists(), path + " is in the example project");
        }
    }

    @Test
    void seedExampleOpensAsATreeWithNoProblems() throws Exception {
        IFile file = project.getFile("seed-external-own-space.coyotos");
        CoyotosModelEditor editor = (CoyotosModelEditor) IDE.openEditor(Workbench.page(), file);
        Workbench.processEvents();
        assertFalse(editor.loadFailed());
        assertTrue(editor.treeViewer().getTree().getItemCount() > 0, "the tree shows the model");
        editor.validate();
        Workbench.joinJobs(ValidationJob.FAMILY, 30_000);
        IMarker[] errors = Arrays.stream(file.findMarkers(ModelMarkers.TYPE, true, IResource.DEPTH_ZERO))
                .filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toArray(IMarker[]::new);
        assertEquals(0, errors.length, "the seed example validates without errors");
    }

    /** A slot reads as the capability it holds, with the guard the GPT walk applies (§4.3.1). */
    @Test
    void slotsAndRegistersReadAsWhatTheyHold() throws Exception {
        IFile file = project.getFile("seed-external-own-space.coyotos");
        CoyotosModelEditor editor = (CoyotosModelEditor) IDE.openEditor(Workbench.page(), file);
        editor.treeViewer().expandAll();
        java.util.List<String> texts = new java.util.ArrayList<>();
        collect(editor.treeViewer().getTree().getItems(), texts);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Slot 0: Gpt capability → app-low (guard 0x")),
                texts.stream().filter(t -> t.startsWith("Slot")).limit(5).toList().toString());
        assertTrue(texts.stream().anyMatch(t -> t.matches("cr\\d+: .* capability → .*")), "registers name their capability");
    }

    private static void collect(org.eclipse.swt.widgets.TreeItem[] items, java.util.List<String> into) {
        for (org.eclipse.swt.widgets.TreeItem item : items) {
            into.add(item.getText());
            collect(item.getItems(), into);
        }
    }

    /** §4.3: l2v must leave at least a page below each slot; a change through Properties breaks that rule. */
    @Test
    void brokenRuleGivesAMarkerThatUndoAndSaveRemove() throws Exception {
        IFile file = project.getFile("seed-external-own-space.coyotos");
        CoyotosModelEditor editor = (CoyotosModelEditor) IDE.openEditor(Workbench.page(), file);
        Gpt gpt = firstGpt(editor.system());
        int l2v = gpt.getL2v();

        IPropertySource properties = new ItemPropertySourceProvider(
                ((org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain) editor.getEditingDomain()).getAdapterFactory())
                .getPropertySource(gpt);
        properties.setPropertyValue("l2v", 3);
        assertEquals(3, gpt.getL2v(), "the Properties bridge changed the model");
        assertTrue(editor.isDirty());

        editor.doSave(new NullProgressMonitor());
        assertFalse(editor.isDirty());
        Workbench.joinJobs(ValidationJob.FAMILY, 30_000);
        assertTrue(hasRuleMarker(file, "COY-GPT-L2V-RANGE"), "saving validates and marks the broken rule");

        editor.treeViewer().setSelection(org.eclipse.jface.viewers.StructuredSelection.EMPTY);
        IMarker marker = Arrays.stream(file.findMarkers(ModelMarkers.TYPE, true, IResource.DEPTH_ZERO))
                .filter(m -> "COY-GPT-L2V-RANGE".equals(m.getAttribute(ModelMarkers.RULE, ""))).findFirst().orElseThrow();
        IDE.openEditor(Workbench.page(), marker);
        assertEquals(gpt, editor.treeViewer().getStructuredSelection().getFirstElement(),
                "opening the marker (a double-click in Problems) selects the GPT it is about");

        editor.undoRedo().undoAction().run();
        assertEquals(l2v, gpt.getL2v(), "Edit > Undo restores the value");
        editor.doSave(new NullProgressMonitor());
        Workbench.joinJobs(ValidationJob.FAMILY, 30_000);
        assertFalse(hasRuleMarker(file, "COY-GPT-L2V-RANGE"), "the marker goes once the rule holds again");
    }

    @Test
    void malformedFileShowsItsProblemsAndIsNeverWritten() throws Exception {
        String broken = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<coyotos:CoyotosSystem xmlns:coyotos=\"x\"\n  name=\"half";
        IFile file = project.getFile("broken.coyotos");
        file.create(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), true, null);
        long stamp = file.getModificationStamp();

        CoyotosModelEditor editor = (CoyotosModelEditor) IDE.openEditor(Workbench.page(), file);
        Workbench.processEvents();
        assertTrue(editor.loadFailed(), "the editor shows the load-failure page");
        assertFalse(editor.isDirty());
        editor.doSave(new NullProgressMonitor());
        assertEquals(stamp, file.getModificationStamp(), "nothing is written over a file that failed to load");
        assertTrue(file.findMarkers(ModelMarkers.TYPE, true, IResource.DEPTH_ZERO).length > 0,
                "the load problems are listed in Problems");
    }

    private static boolean hasRuleMarker(IFile file, String rule) throws Exception {
        return Arrays.stream(file.findMarkers(ModelMarkers.TYPE, true, IResource.DEPTH_ZERO))
                .anyMatch(m -> rule.equals(m.getAttribute(ModelMarkers.RULE, "")));
    }

    private static Gpt firstGpt(CoyotosSystem system) {
        for (EObject o : system.getObjects()) {
            if (o instanceof Gpt gpt) {
                return gpt;
            }
        }
        throw new AssertionError("the seed example has a GPT");
    }
}
