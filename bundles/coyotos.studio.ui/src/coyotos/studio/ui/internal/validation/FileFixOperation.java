package coyotos.studio.ui.internal.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * A quick fix applied to a model file no editor has open, as one operation of the workbench's history: it
 * replaces the file's content (keeping the old one in the local history too) and undo puts the old content back,
 * unless the file changed in between, in which case undo refuses rather than overwrite that change.
 */
final class FileFixOperation extends AbstractOperation {

    private final IFile file;
    private final byte[] fixed;
    private byte[] original;

    FileFixOperation(IFile file, String label, byte[] fixed) throws CoreException {
        super(label);
        this.file = file;
        this.fixed = fixed;
        this.original = read(file);
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        return write(original, fixed, monitor);
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        return write(original, fixed, monitor);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        return write(fixed, original, monitor);
    }

    /** Writes {@code after} if the file still holds {@code before}. */
    private IStatus write(byte[] before, byte[] after, IProgressMonitor monitor) throws ExecutionException {
        try {
            if (!Arrays.equals(read(file), before)) {
                return Status.error(file.getName() + " changed since; it was left as it is.");
            }
            file.setContents(new ByteArrayInputStream(after), IResource.KEEP_HISTORY, monitor);
            return Status.OK_STATUS;
        } catch (CoreException e) {
            throw new ExecutionException("Could not write " + file.getName() + ": " + e.getMessage(), e);
        }
    }

    private static byte[] read(IFile file) throws CoreException {
        try (InputStream in = file.getContents(true)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new CoreException(Status.error("Could not read " + file.getName() + ": " + e.getMessage(), e));
        }
    }
}
