package coyotos.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;
import org.eclipse.ui.views.markers.MarkerViewUtil;
import org.junit.jupiter.api.Test;

import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.Gpt;
import coyotos.studio.model.Process;
import coyotos.studio.model.ScheduleCapability;
import coyotos.studio.model.io.ModelLoader;
import coyotos.studio.ui.internal.editor.CoyotosModelEditor;
import coyotos.studio.ui.internal.validation.ModelMarkers;
import coyotos.studio.ui.internal.validation.ValidationJob;
import coyotos.studio.tests.driver.Screenshots;

/**
 * Quick Fix from Problems: a marker whose rule has fixes offers them; applied with the model open, the fix is one
 * command on the editor's stack; applied to a file no editor has open, it is one operation Edit &gt; Undo takes
 * back, byte for byte; and the Quick Fix dialog (Ctrl+1 in Problems) applies it.
 */
class ProblemsQuickFixTest extends ExampleProjectTest {

    static final String SEED = "seed-external-own-space.coyotos";
    static final String APP = "_qJ00iukBEfGH9NU5fUPhNA";

    @Test
    void withTheEditorOpenTheFixIsOneUndoableCommandOnItsStack() throws Exception {
        IFile file = project.getFile(SEED);
        CoyotosModelEditor editor = (CoyotosModelEditor) IDE.openEditor(Workbench.page(), file);
        Process app = (Process) editor.system().eResource().getEObject(APP);
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), app,
                CoyotosPackage.Literals.PROCESS__SCHEDULE, SetCommand.UNSET_VALUE));
        editor.doSave(new NullProgressMonitor());
        Workbench.joinJobs(ValidationJob.FAMILY, 30_000);

        IMarker marker = marker(file, "COY-PROCESS-SCHEDULE");
        IMarkerResolution[] offered = IDE.getMarkerHelpRegistry().getResolutions(marker);
        assertEquals(List.of("Schedule process 'app' with Schedule 'sched'"),
                Arrays.stream(offered).map(IMarkerResolution::getLabel).toList());
        offered[0].run(marker);

        assertEquals("sched", ((ScheduleCapability) app.getSchedule()).getTarget().getName());
        assertTrue(editor.isDirty(), "the fix is an edit like any other, saved with the model");
        assertEquals("&Undo Schedule process 'app' with Schedule 'sched'@Ctrl+Z", editor.undoRedo().undoAction().getText());
        Workbench.joinJobs(ValidationJob.FAMILY, 30_000);
        assertNull(find(file, "COY-PROCESS-SCHEDULE"), "the editor's model was validated again");

        editor.undoRedo().undoAction().run();
        assertNull(app.getSchedule(), "Edit > Undo takes the fix back");
    }

    @Test
    void withoutAnEditorTheFixChangesTheFileAndUndoPutsItBack() throws Exception {
        IFile file = project.getFile(SEED);
        String broken = read(file).replace("name=\"app-space\" l2v=\"16\"", "name=\"app-space\" l2v=\"8\"");
        file.setContents(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        ValidationJob.ofFile(file).schedule();
        Workbench.joinJobs(ValidationJob.FAMILY, 30_000);

        IMarker marker = marker(file, "COY-GPT-L2V-RANGE");
        assertTrue(marker.getAttribute(IMarker.MESSAGE, "").startsWith("[COY-GPT-L2V-RANGE] GPT 'app-space' has l2v 8"),
                "the rule id once, then what is wrong: " + marker.getAttribute(IMarker.MESSAGE, ""));
        IMarkerResolution[] offered = IDE.getMarkerHelpRegistry().getResolutions(marker);
        assertEquals(List.of("Set l2v of GPT 'app-space' to 12"),
                Arrays.stream(offered).map(IMarkerResolution::getLabel).toList());
        offered[0].run(marker);

        assertEquals(12, appSpace(file).getL2v(), "the file holds the fixed model");
        Workbench.joinJobs(ValidationJob.FAMILY, 30_000);
        assertNull(find(file, "COY-GPT-L2V-RANGE"), "the file was validated again");

        var history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
        assertEquals("Set l2v of GPT 'app-space' to 12",
                history.getUndoOperation(WorkspaceUndoUtil.getWorkspaceUndoContext()).getLabel());
        history.undo(WorkspaceUndoUtil.getWorkspaceUndoContext(), null, null);
        assertArrayEquals(broken.getBytes(StandardCharsets.UTF_8), read(file).getBytes(StandardCharsets.UTF_8),
                "undo gives the file back byte for byte");
    }

    @Test
    void theQuickFixDialogOfProblemsAppliesTheFix() throws Exception {
        IFile file = project.getFile(SEED);
        file.setContents(new ByteArrayInputStream(read(file).replace("name=\"app-space\" l2v=\"16\"",
                "name=\"app-space\" l2v=\"8\"").getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        ValidationJob.ofFile(file).schedule();
        Workbench.joinJobs(ValidationJob.FAMILY, 30_000);
        IMarker marker = marker(file, "COY-GPT-L2V-RANGE");

        IViewPart problems = Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        var selection = problems.getSite().getSelectionProvider();
        // Problems fills itself in the background: select the marker once it lists it
        Workbench.waitUntil("Problems lists and selects the marker", 30_000, () -> {
            MarkerViewUtil.showMarkers(Workbench.page(), new IMarker[] { marker }, true);
            return !selection.getSelection().isEmpty();
        });
        var pressed = Dialogs.answerAfter("Quick Fix", "Finish", () -> Screenshots.save("quick-fix-dialog"));
        problems.getSite().getService(IHandlerService.class)
                .executeCommand("org.eclipse.jdt.ui.edit.text.java.correction.assist.proposals", null);
        Workbench.waitUntil("the Quick Fix dialog was answered", 30_000, pressed::get);
        Workbench.waitUntil("the fix reached the file", 30_000, () -> appSpace(file).getL2v() == 12);
    }

    private static Gpt appSpace(IFile file) {
        var loaded = new ModelLoader().load(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
        return (Gpt) loaded.resource().getEObject("_qJ00cekBEfGH9NU5fUPhNA");
    }

    private static IMarker marker(IFile file, String rule) throws Exception {
        IMarker marker = find(file, rule);
        assertFalse(marker == null, rule + " is marked on " + file.getName());
        return marker;
    }

    private static IMarker find(IFile file, String rule) throws Exception {
        return Arrays.stream(file.findMarkers(ModelMarkers.TYPE, true, IResource.DEPTH_ZERO))
                .filter(m -> rule.equals(m.getAttribute(ModelMarkers.RULE, ""))).findFirst().orElse(null);
    }

    private static String read(IFile file) throws Exception {
        try (InputStream in = file.getContents(true)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
