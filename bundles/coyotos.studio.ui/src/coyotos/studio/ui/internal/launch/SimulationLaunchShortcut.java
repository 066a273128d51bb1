package coyotos.studio.ui.internal.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut2;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;

/** Run As &gt; Coyotos Simulation on a .coyotos file or its editor: reuses the file's configuration or makes one. */
public class SimulationLaunchShortcut implements ILaunchShortcut2 {

    @Override
    public void launch(ISelection selection, String mode) {
        IFile file = fileOf(selection);
        if (file != null) {
            launch(file, mode);
        }
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        IFile file = editor.getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
        if (file != null) {
            if (editor.isDirty()) {
                editor.doSave(null);
            }
            launch(file, mode);
        }
    }

    public static void launch(IFile file, String mode) {
        try {
            DebugUITools.launch(configurationFor(file), mode);
        } catch (CoreException e) {
            ErrorDialog.openError(null, "Coyotos Simulation", "Could not launch " + file.getName(), e.getStatus());
        }
    }

    public static ILaunchConfiguration configurationFor(IFile file) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(SimulationSettings.TYPE);
        String path = file.getFullPath().toString();
        for (ILaunchConfiguration config : manager.getLaunchConfigurations(type)) {
            if (path.equals(config.getAttribute(SimulationSettings.MODEL, ""))) {
                return config;
            }
        }
        ILaunchConfigurationWorkingCopy copy = type.newInstance(null,
                manager.generateLaunchConfigurationName(file.getName().replaceFirst("\\.coyotos$", "")));
        copy.setAttribute(SimulationSettings.MODEL, path);
        LaunchDefaults.apply(copy);
        copy.setMappedResources(new IResource[] { file });
        return copy.doSave();
    }

    private static IFile fileOf(ISelection selection) {
        if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
            return Adapters.adapt(structured.getFirstElement(), IFile.class);
        }
        return null;
    }

    @Override
    public ILaunchConfiguration[] getLaunchConfigurations(ISelection selection) {
        return null;
    }

    @Override
    public ILaunchConfiguration[] getLaunchConfigurations(IEditorPart editor) {
        return null;
    }

    @Override
    public IResource getLaunchableResource(ISelection selection) {
        return fileOf(selection);
    }

    @Override
    public IResource getLaunchableResource(IEditorPart editor) {
        return editor.getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
    }
}
