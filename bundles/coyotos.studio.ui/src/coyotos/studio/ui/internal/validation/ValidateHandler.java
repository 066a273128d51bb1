package coyotos.studio.ui.internal.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import coyotos.studio.ui.internal.editor.CoyotosModelEditor;

/**
 * Validate Model: in the editor, validates what is being edited (saved or not); on .coyotos files selected in
 * a navigator, loads and validates each; with no model selected, validates the active model editor. Always in a
 * workspace job ({@link ValidationJob}), so a large model or selection never blocks the UI.
 */
public class ValidateHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        String partId = HandlerUtil.getActivePartId(event);
        if (editor instanceof CoyotosModelEditor modelEditor && CoyotosModelEditor.ID.equals(partId)) {
            modelEditor.validate();
            return null;
        }
        List<IFile> files = selectedModels(HandlerUtil.getCurrentSelection(event));
        if (!files.isEmpty()) {
            validateInBackground(files);
        } else if (editor instanceof CoyotosModelEditor modelEditor) {
            // Edit > Validate Model is offered whenever a model editor is the active editor, also while another
            // view (Problems, Properties) has the focus: then it validates that editor
            modelEditor.validate();
        }
        return null;
    }

    static List<IFile> selectedModels(ISelection selection) {
        List<IFile> files = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured) {
                IFile file = Adapters.adapt(element, IFile.class);
                if (file != null && "coyotos".equals(file.getFileExtension())) {
                    files.add(file);
                }
            }
        }
        return files;
    }

    /** Validates the files as saved, in a workspace job (so a large selection never blocks the UI). */
    public static Job validateInBackground(List<IFile> files) {
        Job job = ValidationJob.ofFiles(files);
        job.schedule();
        return job;
    }
}
