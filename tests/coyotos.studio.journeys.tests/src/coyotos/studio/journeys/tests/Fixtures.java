package coyotos.studio.journeys.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import coyotos.studio.tests.driver.Condition;
import coyotos.studio.tests.driver.EventLoop;
import coyotos.studio.tests.driver.UIThread;

/**
 * What is there before a journey starts, and the tidying after it: workspace files through the resources API
 * and the shipped examples read from their bundle. Nothing here reaches into the product's classes.
 */
final class Fixtures {

    static final String PROJECT = "coyotos-examples";
    static final String EXAMPLES_BUNDLE = "coyotos.studio.examples";
    static final String LAUNCH_TYPE = "coyotos.studio.ui.launch.simulation";

    private Fixtures() {
    }

    static IProject project() {
        return ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
    }

    /** The example project as the wizard makes it, for journeys that start after that step. */
    static IProject exampleProject() throws CoreException, IOException {
        IProject project = project();
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        Enumeration<URL> models = Platform.getBundle(EXAMPLES_BUNDLE).findEntries("examples", "*.coyotos", false);
        for (URL url : Collections.list(models)) {
            String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            try (InputStream in = url.openStream()) {
                project.getFile(name).create(in, IResource.FORCE, null);
            }
        }
        return project;
    }

    static byte[] example(String name) throws IOException {
        try (InputStream in = Platform.getBundle(EXAMPLES_BUNDLE).getEntry("examples/" + name).openStream()) {
            return in.readAllBytes();
        }
    }

    static IFile writeFile(String name, byte[] content) throws CoreException {
        IFile file = project().getFile(name);
        file.create(new ByteArrayInputStream(content), IResource.FORCE, null);
        return file;
    }

    /**
     * Closes dialogs and editors, stops simulations and debugged systems, returns to the default perspective and
     * resets it, removes the project and launch configurations.
     */
    static void reset() throws CoreException {
        UIThread.syncExec(() -> {
            Shell window = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
            for (Shell shell : window.getDisplay().getShells()) {
                if (shell != window && !shell.isDisposed() && shell.isVisible()) {
                    shell.close();
                }
            }
        });
        for (Job job : Job.getJobManager().find(null)) {
            if (job.getName().startsWith("Simulating ")) {
                job.cancel();
            }
        }
        EventLoop.waitUntil(Condition.that("simulations have stopped", () -> simulations() == 0), 30_000);
        // a journey that debugged leaves no live system, and no launch, behind
        ILaunchManager launches = DebugPlugin.getDefault().getLaunchManager();
        for (ILaunch launch : launches.getLaunches()) {
            launch.terminate();
        }
        // asked of the debug targets, not the launches: a Run As launch has neither a process nor a debug target,
        // and the platform's Launch.isTerminated() is false for such a launch forever
        EventLoop.waitUntil(Condition.that("debugged systems have ended", () -> java.util.Arrays
                .stream(launches.getDebugTargets()).allMatch(IDebugTarget::isTerminated)), 30_000);
        launches.removeLaunches(launches.getLaunches());
        UIThread.syncExec(() -> {
            var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            page.closeAllEditors(false);
            var perspectives = PlatformUI.getWorkbench().getPerspectiveRegistry();
            page.setPerspective(perspectives.findPerspectiveWithId(perspectives.getDefaultPerspective()));
            // the results views start afresh, so none shows a previous journey's run while it catches up
            for (var view : page.getViewReferences()) {
                if (view.getId().startsWith("coyotos.studio.ui.views.")) {
                    page.hideView(view);
                }
            }
            page.resetPerspective();
        });
        for (ILaunchConfiguration config : launches
                .getLaunchConfigurations(launches.getLaunchConfigurationType(LAUNCH_TYPE))) {
            config.delete();
        }
        if (project().exists()) {
            project().delete(true, true, null);
        }
    }

    static int simulations() {
        int running = 0;
        for (Job job : Job.getJobManager().find(null)) {
            if (job.getName().startsWith("Simulating ")) {
                running++;
            }
        }
        return running;
    }
}
