package coyotos.studio.ui.internal.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;

import coyotos.studio.model.validation.fixes.Fix;
import coyotos.studio.model.validation.fixes.FixedFile;
import coyotos.studio.ui.internal.editor.CoyotosModelEditor;

/**
 * One quick fix offered for a Coyotos marker. With the model open in an editor, the fix is one command on the
 * editor's stack (Edit &gt; Undo takes it back) and the editor's model is validated again; otherwise it is one
 * operation on the file in the workbench's history (Edit &gt; Undo in a navigator puts the old content back) and
 * the file is validated again. The Quick Fix dialog may apply it to every marker of the file it fits.
 */
final class QuickFixResolution extends WorkbenchMarkerResolution {

    private final IMarker marker;
    private final Fix fix;

    QuickFixResolution(IMarker marker, Fix fix) {
        this.marker = marker;
        this.fix = fix;
    }

    @Override
    public String getLabel() {
        return fix.label();
    }

    @Override
    public String getDescription() {
        return fix.description();
    }

    @Override
    public Image getImage() {
        return null;
    }

    /** The markers of the same file and rule whose own fixes include this one (the same key). */
    @Override
    public IMarker[] findOtherMarkers(IMarker[] markers) {
        if (!(marker.getResource() instanceof IFile file)) {
            return new IMarker[0];
        }
        String rule = marker.getAttribute(ModelMarkers.RULE, "");
        MarkedModel model = null;
        List<IMarker> others = new ArrayList<>();
        for (IMarker other : markers) {
            if (other.equals(marker) || !file.equals(other.getResource())
                    || !rule.equals(other.getAttribute(ModelMarkers.RULE, ""))) {
                continue;
            }
            model = model != null ? model : MarkedModel.of(file);
            if (model != null && model.fixes(other).stream().anyMatch(f -> f.key().equals(fix.key()))) {
                others.add(other);
            }
        }
        return others.toArray(IMarker[]::new);
    }

    @Override
    public void run(IMarker target) {
        IStatus problem = apply(target);
        if (problem != null && PlatformUI.isWorkbenchRunning()) {
            ErrorDialog.openError(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "Quick Fix",
                    fix.label() + " was not applied.", problem);
        }
    }

    /** Applies the fix to the marker's element as it is now; returns why not, or null. */
    IStatus apply(IMarker target) {
        if (!target.exists() || !(target.getResource() instanceof IFile file)) {
            return Status.error("The problem is gone.");
        }
        MarkedModel model = MarkedModel.of(file);
        if (model == null) {
            return Status.error(file.getName() + " does not load.");
        }
        Fix current = model.fixes(target).stream().filter(f -> f.key().equals(fix.key())).findFirst().orElse(null);
        if (current == null) {
            return Status.error("The problem is no longer in " + file.getName()
                    + ": validate the model again.");
        }
        CoyotosModelEditor editor = model.editor();
        if (editor != null) {
            EObject element = model.element(target);
            editor.getEditingDomain().getCommandStack().execute(current.command(element));
            editor.validate();
            return null;
        }
        return applyToFile(file, target);
    }

    private IStatus applyToFile(IFile file, IMarker target) {
        FixedFile.Result fixed = FixedFile.apply(URI.createPlatformResourceURI(file.getFullPath().toString(), true),
                target.getAttribute(ModelMarkers.RULE, ""), target.getAttribute(ModelMarkers.ELEMENT, ""), fix.key());
        if (!fixed.applied()) {
            return Status.error(fixed.problem());
        }
        try {
            FileFixOperation operation = new FileFixOperation(file, fixed.label(), fixed.content());
            operation.addContext(WorkspaceUndoUtil.getWorkspaceUndoContext());
            IStatus status = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory()
                    .execute(operation, (IProgressMonitor) null, WorkspaceUndoUtil.getUIInfoAdapter(null));
            if (!status.isOK()) {
                return status;
            }
        } catch (ExecutionException | CoreException e) {
            return Status.error(file.getName() + " could not be changed: " + e.getMessage(), e);
        }
        ValidationJob.ofFile(file).schedule();
        return null;
    }
}
