package coyotos.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.ui.internal.editor.CoyotosModelEditor;
import coyotos.studio.ui.internal.validation.ModelMarkers;
import coyotos.studio.ui.internal.validation.ValidationJob;

/**
 * The editor follows its file, as EMF's generated editors do: a change from outside reloads it (asking first
 * when it has unsaved changes), a deleted file closes it, its own saves change nothing; validation after a save
 * is a workspace job, not work on the UI thread; the editor is bound to the .coyotos content type.
 */
class EditorFollowsFileTest extends ExampleProjectTest {

    static final String SEED = "seed-external-own-space.coyotos";

    @Test
    void aChangeFromOutsideReloadsACleanEditor() throws Exception {
        IFile file = project.getFile(SEED);
        CoyotosModelEditor editor = open(file);
        CoyotosSystem before = editor.system();
        rename(file, "renamed-outside");
        Workbench.waitUntil("the editor reloads", 10_000, () -> editor.system() != before);
        assertEquals("renamed-outside", editor.system().getName());
        assertFalse(editor.isDirty());
        assertSame(editor.system().eResource(), editor.treeViewer().getInput(), "the tree shows the new model");
    }

    @Test
    void aDirtyEditorAsksAndKeepsItsChangesOrLoadsTheFile() throws Exception {
        IFile file = project.getFile(SEED);
        CoyotosModelEditor editor = open(file);
        CoyotosSystem mine = editor.system();
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), mine,
                CoyotosPackage.Literals.NAMED_ELEMENT__NAME, "mine"));

        var keep = Dialogs.answer("File Changed", "No");
        rename(file, "theirs");
        Workbench.waitUntil("the question is answered", 10_000, keep::get);
        Workbench.processEvents();
        assertSame(mine, editor.system(), "No keeps the editor's model");
        assertEquals("mine", editor.system().getName());
        assertTrue(editor.isDirty());

        var reload = Dialogs.answer("File Changed", "Yes");
        rename(file, "theirs-again");
        Workbench.waitUntil("the question is answered", 10_000, reload::get);
        Workbench.waitUntil("the editor reloads", 10_000, () -> editor.system() != mine);
        assertEquals("theirs-again", editor.system().getName());
        assertFalse(editor.isDirty(), "the unsaved change is gone with the old model");
    }

    @Test
    void itsOwnSaveIsNoChangeFromOutside() throws Exception {
        IFile file = project.getFile(SEED);
        CoyotosModelEditor editor = open(file);
        CoyotosSystem system = editor.system();
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), system,
                CoyotosPackage.Literals.NAMED_ELEMENT__NAME, "saved-here"));
        editor.doSave(new NullProgressMonitor());
        Workbench.joinJobs(ValidationJob.FAMILY, 30_000);
        Workbench.processEvents();
        assertSame(system, editor.system(), "no reload");
        assertTrue(editor.undoRedo().undoAction().isEnabled(), "and the undo history is kept");
    }

    @Test
    void aDeletedFileClosesACleanEditor() throws Exception {
        IFile file = project.getFile(SEED);
        CoyotosModelEditor editor = open(file);
        file.delete(true, null);
        Workbench.waitUntil("the editor closes", 10_000, () -> Workbench.page().findEditor(editor.getEditorInput()) == null);
    }

    @Test
    void aMovedFileTakesTheEditorAlong() throws Exception {
        IFile file = project.getFile(SEED);
        CoyotosModelEditor editor = open(file);
        IFile moved = project.getFile("renamed.coyotos");
        file.move(moved.getFullPath(), true, null);
        Workbench.waitUntil("the editor follows the file", 10_000, () -> moved.equals(editor.file()));
        assertEquals("renamed.coyotos", editor.getPartName());
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
                editor.system(), CoyotosPackage.Literals.NAMED_ELEMENT__NAME, "moved"));
        editor.doSave(new NullProgressMonitor());
        assertFalse(file.exists(), "saving does not bring the old file back");
        try (InputStream in = moved.getContents(true)) {
            assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("name=\"moved\""));
        }
    }

    /** The validation a save starts runs in a workspace job: held back here, so the save returns without it. */
    @Test
    void validationAfterASaveIsAWorkspaceJob() throws Exception {
        IFile file = project.getFile(SEED);
        CoyotosModelEditor editor = open(file);
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
                editor.system().getObjects().get(2), CoyotosPackage.Literals.GPT__L2V, 3));
        Job.getJobManager().beginRule(file, null);
        try {
            editor.doSave(new NullProgressMonitor());
            Job[] waiting = Job.getJobManager().find(ValidationJob.FAMILY);
            assertEquals(1, waiting.length, "the save left the validation to a job");
            assertTrue(waiting[0] instanceof WorkspaceJob);
            assertEquals(0, file.findMarkers(ModelMarkers.TYPE, true, IResource.DEPTH_ZERO).length,
                    "nothing was validated on the UI thread");
        } finally {
            Job.getJobManager().endRule(file);
        }
        Workbench.joinJobs(ValidationJob.FAMILY, 30_000);
        assertTrue(Arrays.stream(file.findMarkers(ModelMarkers.TYPE, true, IResource.DEPTH_ZERO))
                .anyMatch(m -> "COY-GPT-L2V-RANGE".equals(m.getAttribute(ModelMarkers.RULE, ""))));
    }

    @Test
    void theEditorIsBoundToTheCoyotosContentType() throws Exception {
        IFile file = project.getFile(SEED);
        IContentType type = file.getContentDescription().getContentType();
        assertEquals("coyotos.studio.model.coyotos", type.getId());
        IEditorDescriptor byType = PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor("any-name.xml", type);
        assertEquals(CoyotosModelEditor.ID, byType.getId(), "found by content type, whatever the file name");
        assertEquals(CoyotosModelEditor.ID, IDE.getEditorDescriptor(file, true, true).getId());
    }

    private static CoyotosModelEditor open(IFile file) throws Exception {
        CoyotosModelEditor editor = (CoyotosModelEditor) IDE.openEditor(Workbench.page(), file);
        Workbench.processEvents();
        assertSame(editor, Workbench.page().getActiveEditor());
        return editor;
    }

    /** Another tool writes the file: the system renamed in the XML text. */
    private static void rename(IFile file, String name) throws Exception {
        String text;
        try (InputStream in = file.getContents(true)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String changed = text.replaceFirst("(<coyotos:CoyotosSystem[^>]*? name=\")[^\"]*\"", "$1" + name + "\"");
        assertNotEquals(text, changed, "the system's name was found in the file");
        file.setContents(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
    }
}
