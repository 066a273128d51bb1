package coyotos.studio.mkimage.ui.internal;

import coyotos.studio.diagram.InitialLayout;
import coyotos.studio.diagram.layout.LayoutFile;
import coyotos.studio.mkimage.MkiImport;
import coyotos.studio.mkimage.MkiProblem;
import coyotos.studio.model.io.CoyotosModel;
import coyotos.studio.model.io.CoyotosResource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * An import from the IDE: runs the image (cancellable from the monitor), marks its problems on the .mki files the
 * workspace holds, and, only when it succeeded, saves the model into the workspace file, lays out its diagrams
 * into the layout file beside it, and remembers the options for the project. A failed import writes nothing.
 */
public final class ImageImport {

    /** The import's result and the file written (null when nothing was). */
    public record Outcome(MkiImport.Result result, IFile written) {
        public boolean ok() {
            return written != null;
        }
    }

    private ImageImport() {
    }

    public static Outcome run(Path mki, MkiImport.Options options, IFile destination, IProgressMonitor monitor)
            throws CoreException {
        monitor.beginTask("Running " + mki.getFileName() + " as mkimage would", IProgressMonitor.UNKNOWN);
        MkiImport.Result r = MkiImport.run(mki, options, monitor::isCanceled);
        mark(r.problems());
        if (!r.ok()) {
            return new Outcome(r, null);
        }
        monitor.subTask("Writing " + destination.getFullPath());
        Resource res = CoyotosModel.newResourceSet().createResource(
                URI.createPlatformResourceURI(destination.getFullPath().toString(), true));
        res.getContents().add(r.system());
        try {
            res.save(CoyotosResource.defaultSaveOptions());
        } catch (IOException e) {
            throw new CoreException(org.eclipse.core.runtime.Status.error("Cannot write " + destination.getFullPath()
                    + ": " + e.getMessage(), e));
        }
        if (destination.getLocation() != null) {
            monitor.subTask("Laying out the diagrams");
            Path layoutFile = LayoutFile.beside(destination.getLocation().toFile().toPath());
            try {
                InitialLayout.write(res, layoutFile, monitor::isCanceled);
            } catch (IOException | RuntimeException e) {
                // the pages lay themselves out on first open; a layout that cannot be written loses nothing
                Platform.getLog(ImageImport.class).warn("Could not lay out the diagrams of " + destination.getFullPath()
                        + " on import: " + e.getMessage(), e);
            }
            destination.getParent().refreshLocal(IResource.DEPTH_ONE, monitor);
        } else {
            destination.refreshLocal(IResource.DEPTH_ZERO, monitor);
        }
        ImportSettings.save(destination.getProject(), options);
        monitor.done();
        return new Outcome(r, destination);
    }

    /** Import problems as markers on the workspace's .mki files (the others are only in the wizard's message). */
    private static void mark(List<MkiProblem> problems) throws CoreException {
        MkiMarkers.clearImports();
        Map<IFile, List<MkiProblem>> byFile = new LinkedHashMap<>();
        for (MkiProblem p : problems) {
            IFile f = p.file() == null ? null : SourceOpener.workspaceFile(p.file());
            if (f != null) {
                byFile.computeIfAbsent(f, k -> new ArrayList<>()).add(p);
            }
        }
        for (Map.Entry<IFile, List<MkiProblem>> e : byFile.entrySet()) {
            for (MkiProblem p : e.getValue()) {
                MkiMarkers.add(e.getKey(), MkiMarkers.IMPORT, p, null);
            }
        }
    }
}
