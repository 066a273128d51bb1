package coyotos.studio.ui.internal.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.framework.Bundle;

/**
 * The example models shipped in the coyotos.studio.examples bundle, and the one way to put them in a
 * workspace: the example-project wizard, the New Model wizard and ./studio's first start all go through here.
 */
public final class ExampleModels {

    public static final String BUNDLE = "coyotos.studio.examples";
    public static final String PROJECT = "coyotos-examples";
    private static final String ROOT = "examples";

    private ExampleModels() {
    }

    /** Paths (relative to the example project) of every shipped .coyotos file, sorted. */
    public static List<String> modelPaths() {
        List<String> paths = new ArrayList<>();
        Bundle bundle = bundle();
        Enumeration<URL> entries = bundle.findEntries(ROOT, "*.coyotos", true);
        if (entries != null) {
            for (URL url : Collections.list(entries)) {
                paths.add(url.getPath().substring(("/" + ROOT + "/").length()));
            }
        }
        Collections.sort(paths);
        return paths;
    }

    public static InputStream open(String relativePath) throws IOException {
        URL url = bundle().getEntry(ROOT + "/" + relativePath);
        if (url == null) {
            throw new IOException("no example " + relativePath + " in bundle " + BUNDLE);
        }
        return url.openStream();
    }

    /** Creates (or completes) the example project; files the user already has are left as they are. */
    public static IProject createProject(IProgressMonitor monitor) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        List<String> files = new ArrayList<>();
        Enumeration<URL> entries = bundle().findEntries(ROOT, "*", true);
        if (entries != null) {
            for (URL url : Collections.list(entries)) {
                String path = url.getPath().substring(("/" + ROOT + "/").length());
                if (!path.isEmpty() && !path.endsWith("/") && !path.equals(".project")) {
                    files.add(path);
                }
            }
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Creating " + PROJECT, files.size() + 2);
        if (!project.exists()) {
            project.create(progress.split(1));
        }
        if (!project.isOpen()) {
            project.open(progress.split(1));
        }
        Collections.sort(files);
        for (String path : files) {
            IFile file = project.getFile(path);
            if (!file.exists()) {
                ensureFolders(file.getParent(), progress);
                try (InputStream in = open(path)) {
                    file.create(in, IResource.NONE, progress.split(1));
                } catch (IOException e) {
                    throw new CoreException(Status.error("Could not read example " + path, e));
                }
            } else {
                progress.worked(1);
            }
        }
        return project;
    }

    private static void ensureFolders(IContainer container, SubMonitor progress) throws CoreException {
        if (container instanceof IFolder folder && !folder.exists()) {
            ensureFolders(folder.getParent(), progress);
            folder.create(IResource.NONE, true, progress.split(0));
        }
    }

    private static Bundle bundle() {
        Bundle bundle = Platform.getBundle(BUNDLE);
        if (bundle == null) {
            throw new IllegalStateException("the bundle " + BUNDLE + " is not installed");
        }
        return bundle;
    }

}
