package coyotos.studio.mkimage.ui.internal.wizards;

import coyotos.studio.mkimage.MkiProblem;
import coyotos.studio.mkimage.ui.internal.ImageImport;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * File > Import > Coyotos > mkimage Image (and Import as Coyotos Model... on a .mki file): runs the image in the
 * wizard's progress area (cancellable), and opens the model in the model editor, whose diagrams lay themselves out
 * with ELK on first opening. A failed import keeps the wizard open with the first problem, marks the problems on the
 * .mki files and writes nothing.
 */
public final class MkiImportWizard extends Wizard implements IImportWizard {
    public static final String MODEL_EDITOR = "coyotos.studio.ui.editor";
    private MkiImportPage page;
    private Path initial;
    private ImageImport.Outcome last;

    public MkiImportWizard() {
        setWindowTitle("Import mkimage Image");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        Object first = selection == null ? null : selection.getFirstElement();
        IFile file = first instanceof IFile f ? f : first instanceof org.eclipse.core.runtime.IAdaptable a
                ? a.getAdapter(IFile.class) : null;
        if (file != null && "mki".equals(file.getFileExtension()) && file.getLocation() != null) {
            initial = file.getLocation().toFile().toPath();
        }
    }

    @Override
    public void addPages() {
        page = new MkiImportPage(initial);
        addPage(page);
    }

    MkiImportPage page() {
        return page;
    }

    /** The outcome of the last Finish (for tests). */
    public ImageImport.Outcome lastOutcome() {
        return last;
    }

    @Override
    public boolean performFinish() {
        Path image = page.image();
        IFile destination = page.destination();
        var options = page.options();
        try {
            getContainer().run(true, true, monitor -> {
                try {
                    last = ImageImport.run(image, options, destination, monitor);
                } catch (CoreException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            page.setErrorMessage("The model could not be written: " + e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            return false;
        }
        if (!last.ok()) {
            List<MkiProblem> errors = last.result().errors();
            page.setErrorMessage(errors.isEmpty() ? "The import failed." : errors.get(0).toString());
            if (errors.size() > 1) {
                MessageDialog.openError(getShell(), "Import mkimage Image", errors.size() + " problems; nothing was written:\n\n"
                        + errors.stream().limit(20).map(MkiProblem::toString).collect(Collectors.joining("\n")));
            }
            return false;
        }
        try {
            IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), last.written(),
                    MODEL_EDITOR, true);
        } catch (PartInitException e) {
            MessageDialog.openError(getShell(), "Import mkimage Image", "The model was written to "
                    + last.written().getFullPath() + " but could not be opened: " + e.getMessage());
        }
        return true;
    }
}
