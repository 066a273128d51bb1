package coyotos.studio.ui.internal.validation;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.io.ModelLoader;
import coyotos.studio.model.validation.fixes.Fix;
import coyotos.studio.model.validation.fixes.RuleFixes;
import coyotos.studio.ui.internal.editor.CoyotosModelEditor;

/**
 * The model a marker is about, as it is now: the one an open editor holds (changes go on its command stack), or
 * the file's content when no editor has it open (changes go to the file).
 */
final class MarkedModel {

    private final IFile file;
    private final CoyotosModelEditor editor;
    private final Resource resource;

    private MarkedModel(IFile file, CoyotosModelEditor editor, Resource resource) {
        this.file = file;
        this.editor = editor;
        this.resource = resource;
    }

    /** The model of {@code file}, or null when it does not load (its markers are load problems, with no fixes). */
    static MarkedModel of(IFile file) {
        CoyotosModelEditor editor = openEditor(file);
        if (editor != null) {
            return editor.loadFailed() ? null : new MarkedModel(file, editor, editor.system().eResource());
        }
        ModelLoader.Result loaded = new ModelLoader()
                .load(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
        return loaded.system() == null || loaded.hasErrors() ? null : new MarkedModel(file, null, loaded.resource());
    }

    /** The editor that has {@code file} open, in any workbench window, or null. */
    static CoyotosModelEditor openEditor(IFile file) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return null;
        }
        FileEditorInput input = new FileEditorInput(file);
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                IEditorPart part = page.findEditor(input);
                if (part instanceof CoyotosModelEditor editor) {
                    return editor;
                }
            }
        }
        return null;
    }

    IFile file() {
        return file;
    }

    /** The editor holding the model, or null when the fix goes to the file. */
    CoyotosModelEditor editor() {
        return editor;
    }

    /** The element the marker is about, or null when the model no longer has it. */
    EObject element(IMarker marker) {
        String fragment = marker.getAttribute(ModelMarkers.ELEMENT, null);
        return fragment == null ? null : resource.getEObject(fragment);
    }

    List<Fix> fixes(IMarker marker) {
        EObject element = element(marker);
        CoyotosSystem system = resource.getContents().isEmpty() ? null : (CoyotosSystem) resource.getContents().get(0);
        return element == null || system == null ? List.of()
                : RuleFixes.fixesFor(system, marker.getAttribute(ModelMarkers.RULE, ""), element);
    }
}
