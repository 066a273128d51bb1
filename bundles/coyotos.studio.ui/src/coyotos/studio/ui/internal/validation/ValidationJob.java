package coyotos.studio.ui.internal.validation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.io.CoyotosModel;
import coyotos.studio.model.io.ModelLoader;
import coyotos.studio.model.validation.RuleEngine;

/**
 * Validates models off the UI thread, as a workspace job (its marker changes reach Problems as one batch): the
 * files as saved, or an editor's model as a snapshot taken on the UI thread, so the job never reads a model the
 * user is changing.
 */
public final class ValidationJob extends WorkspaceJob {

    /** The family of every validation job (tests and the editor wait for it). */
    public static final Object FAMILY = ValidationJob.class;

    private final List<IFile> files;
    private final byte[] snapshot;

    private ValidationJob(List<IFile> files, byte[] snapshot) {
        super(files.size() == 1 ? "Validating " + files.get(0).getName() : "Validating Coyotos models");
        this.files = files;
        this.snapshot = snapshot;
        setRule(files.size() == 1 ? files.get(0) : files.get(0).getWorkspace().getRoot());
        setUser(false);
    }

    /** Validates the files as they are on disk. */
    public static ValidationJob ofFiles(List<IFile> files) {
        return new ValidationJob(List.copyOf(files), null);
    }

    public static ValidationJob ofFile(IFile file) {
        return ofFiles(List.of(file));
    }

    /**
     * Validates a model as an editor holds it now, saved or not: it is written to memory on the calling (UI)
     * thread, with its ids, and checked in the job. Null when the model cannot be written.
     */
    public static ValidationJob ofModel(IFile file, CoyotosSystem system) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            system.eResource().save(out, null);
            return new ValidationJob(List.of(file), out.toByteArray());
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, files.size());
        for (IFile file : files) {
            if (progress.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            progress.subTask(file.getName());
            ModelLoader.Result result = snapshot == null ? new ModelLoader().load(uriOf(file)) : fromSnapshot(file);
            if (result.hasErrors() || result.system() == null) {
                ModelMarkers.replaceWithLoadProblems(file, result.diagnostics());
            } else {
                ModelMarkers.replace(file, RuleEngine.INSTANCE.check(result.system()));
            }
            progress.worked(1);
        }
        return Status.OK_STATUS;
    }

    /** The snapshot through the same loader as a file: the resource set reads the file's URI from memory. */
    private ModelLoader.Result fromSnapshot(IFile file) {
        URI uri = uriOf(file);
        ResourceSet resources = CoyotosModel.newResourceSet();
        resources.getURIConverter().getURIHandlers().add(0, new URIHandlerImpl() {
            @Override
            public boolean canHandle(URI candidate) {
                return uri.equals(candidate);
            }

            @Override
            public InputStream createInputStream(URI candidate, Map<?, ?> options) {
                return new ByteArrayInputStream(snapshot);
            }
        });
        return new ModelLoader(resources).load(uri);
    }

    private static URI uriOf(IFile file) {
        return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
    }
}
