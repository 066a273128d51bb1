package coyotos.studio.sweep.ui.tests;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** The workspace the sweep UI tests start from: a project with the shipped handler-scaling example. */
final class ExampleWorkspace {
    static final String PROJECT = "sweep-tests";
    static final String MODEL = "handler-scaling.coyotos";

    private ExampleWorkspace() {
    }

    static IProject create() throws CoreException, IOException {
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (!p.exists()) {
            p.create(null);
        }
        p.open(null);
        try (InputStream in = Platform.getBundle("coyotos.studio.examples").getEntry("examples/" + MODEL).openStream()) {
            p.getFile(MODEL).create(in, IResource.FORCE, null);
        }
        return p;
    }

    static IFile model() {
        return ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT).getFile(MODEL);
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Runs the event loop until the condition holds; fails after the timeout instead of hanging. */
    static void waitUntil(String what, long timeoutMillis, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out after " + timeoutMillis + " ms waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    static void joinJobs(Object family, long timeoutMillis) {
        waitUntil("jobs of " + family + " finish", timeoutMillis, () -> Job.getJobManager().find(family).length == 0);
    }
}
