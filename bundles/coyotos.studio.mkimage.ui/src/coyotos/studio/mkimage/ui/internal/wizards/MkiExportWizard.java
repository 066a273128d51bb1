package coyotos.studio.mkimage.ui.internal.wizards;

import coyotos.studio.mkimage.MkiExport;
import coyotos.studio.mkimage.ui.internal.SourceOpener;
import coyotos.studio.model.io.LoadDiagnostic;
import coyotos.studio.model.io.ModelLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

/**
 * File > Export > Coyotos > mkimage Module: writes the saved model as a .mki module; what mkimage cannot say
 * (schedules, workloads, simulation settings) is listed after writing.
 */
public final class MkiExportWizard extends Wizard implements IExportWizard {
    private MkiExportPage page;
    private IFile initial;
    private MkiExport.Result last;

    public MkiExportWizard() {
        setWindowTitle("Export mkimage Module");
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        Object first = selection == null ? null : selection.getFirstElement();
        IFile f = first instanceof IFile file ? file : first instanceof org.eclipse.core.runtime.IAdaptable a
                ? a.getAdapter(IFile.class) : null;
        if (f != null && "coyotos".equals(f.getFileExtension())) {
            initial = f;
        }
    }

    @Override
    public void addPages() {
        page = new MkiExportPage(initial);
        addPage(page);
    }

    MkiExportPage page() {
        return page;
    }

    /** The last export (for tests). */
    public MkiExport.Result lastResult() {
        return last;
    }

    @Override
    public boolean performFinish() {
        IFile model = page.modelFile();
        Path to = page.output();
        ModelLoader.Result loaded = new ModelLoader().load(URI.createPlatformResourceURI(model.getFullPath().toString(), true));
        if (loaded.hasErrors() || loaded.system() == null) {
            page.setErrorMessage(model.getFullPath() + " does not load: " + loaded.diagnostics().stream()
                    .map(LoadDiagnostic::message).collect(Collectors.joining("; ")));
            return false;
        }
        last = MkiExport.write(loaded.system(), MkiExport.moduleNameFor(to));
        if (!last.ok()) {
            page.setErrorMessage(last.error());
            return false;
        }
        try {
            Files.writeString(to, last.text());
            IFile ws = SourceOpener.workspaceFile(to);
            if (ws != null) {
                ws.refreshLocal(IResource.DEPTH_ZERO, null);
            } else {
                IFile created = model.getWorkspace().getRoot().getFileForLocation(org.eclipse.core.runtime.IPath.fromPath(to));
                if (created != null) {
                    created.refreshLocal(IResource.DEPTH_ZERO, null);
                }
            }
        } catch (IOException | CoreException e) {
            page.setErrorMessage("Cannot write " + to + ": " + e.getMessage());
            return false;
        }
        if (!last.warnings().isEmpty()) {
            MessageDialog.openInformation(getShell(), "Export mkimage Module", "Wrote " + to + ".\n\nLeft out or changed, "
                    + "because mkimage cannot say it:\n" + last.warnings().stream().limit(20).map(w -> "  • " + w)
                    .collect(Collectors.joining("\n")) + (last.warnings().size() > 20 ? "\n  ..." : ""));
        }
        return true;
    }
}
