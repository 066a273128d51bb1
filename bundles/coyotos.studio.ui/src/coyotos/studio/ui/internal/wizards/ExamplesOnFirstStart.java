package coyotos.studio.ui.internal.wizards;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IStartup;

/**
 * ./studio starts the IDE with -Dcoyotos.studio.seedExamples=true so that a new workspace already holds the
 * example project. Without the property (an IDE the user installed the feature into) nothing happens.
 */
public class ExamplesOnFirstStart implements IStartup {

    public static final String PROPERTY = "coyotos.studio.seedExamples";

    @Override
    public void earlyStartup() {
        if (!Boolean.getBoolean(PROPERTY)
                || ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleModels.PROJECT).exists()) {
            return;
        }
        WorkspaceJob job = new WorkspaceJob("Creating the Coyotos example project") {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                ExampleModels.createProject(monitor);
                return Status.OK_STATUS;
            }
        };
        job.setRule(ResourcesPlugin.getWorkspace().getRoot());
        job.schedule();
    }
}
