package coyotos.studio.sweep.ui.internal.views;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.dialogs.SaveAsDialog;

import coyotos.studio.sweep.result.SweepCsv;
import coyotos.studio.sweep.result.SweepFiles;
import coyotos.studio.sweep.result.SweepJson;
import coyotos.studio.sweep.result.SweepResult;

/**
 * The file actions of Sweep Results: export the shown sweep as CSV or JSON into the workspace (beside the saved
 * sweep unless the user picks another place), and reopen a sweep saved beside any model of the workspace.
 */
final class SweepFileActions {
    private final Shell shell;
    private final Supplier<ShownSweep.Shown> shown;
    private final Consumer<Path> opener;

    SweepFileActions(Shell shell, Supplier<ShownSweep.Shown> shown, Consumer<Path> opener) {
        this.shell = shell;
        this.shown = shown;
        this.opener = opener;
    }

    /** Writes {@code result} into the workspace file {@code target} as CSV or JSON. */
    static void export(SweepResult result, IFile target, String format) throws CoreException {
        String text = format.equals("csv") ? SweepCsv.write(result) : SweepJson.write(result);
        ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        if (target.exists()) {
            target.setContents(in, IResource.FORCE | IResource.KEEP_HISTORY, null);
        } else {
            target.create(in, IResource.FORCE, null);
        }
    }

    void exportDialog(String format) {
        ShownSweep.Shown shown = this.shown.get();
        if (shown == null) {
            return;
        }
        SaveAsDialog dialog = new SaveAsDialog(shell);
        dialog.setTitle("Export Sweep as " + format.toUpperCase());
        IFile suggestion = suggestion(shown, format);
        if (suggestion != null) {
            dialog.setOriginalFile(suggestion);
        }
        if (dialog.open() != Window.OK || dialog.getResult() == null) {
            return;
        }
        IPath path = dialog.getResult();
        if (!format.equals(path.getFileExtension())) {
            path = path.addFileExtension(format);
        }
        try {
            export(shown.result(), ResourcesPlugin.getWorkspace().getRoot().getFile(path), format);
        } catch (CoreException e) {
            MessageDialog.openError(shell, "Export Sweep", "Could not write " + path + ": " + e.getMessage());
        }
    }

    /** Beside the saved sweep, named after it. */
    private static IFile suggestion(ShownSweep.Shown shown, String format) {
        if (shown.file() == null) {
            return null;
        }
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(shown.file().toUri());
        if (files.length == 0) {
            return null;
        }
        String name = files[0].getName().replace(SweepFiles.SUFFIX, "." + format);
        return files[0].getParent().getFile(new org.eclipse.core.runtime.Path(name));
    }

    void openDialog() {
        List<IFile> saved = new ArrayList<>();
        try {
            ResourcesPlugin.getWorkspace().getRoot().accept(r -> {
                if (r instanceof IFile f && f.getName().endsWith(SweepFiles.SUFFIX)) {
                    saved.add(f);
                }
                return true;
            });
        } catch (CoreException e) {
            MessageDialog.openError(shell, "Open Saved Sweep", e.getMessage());
            return;
        }
        if (saved.isEmpty()) {
            MessageDialog.openInformation(shell, "Open Saved Sweep",
                    "No saved sweep in the workspace: a finished sweep is saved in the <model>.runs folder beside its model.");
            return;
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell,
                new org.eclipse.jface.viewers.LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return ((IFile) element).getFullPath().toString();
                    }
                });
        dialog.setTitle("Open Saved Sweep");
        dialog.setMessage("Sweeps saved beside their models:");
        dialog.setElements(saved.toArray());
        if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof IFile f) {
            opener.accept(f.getLocation().toPath());
        }
    }
}
