package coyotos.studio.ui.internal.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Keeps an editor in step with its file, as EMF's generated editors do: a change made outside the editor reloads
 * it (after asking, when it has unsaved changes), a deleted file closes it (same), a moved file moves it. Changes
 * are noted as they happen and acted on when the editor is, or next becomes, the active part, so a background
 * editor never pops a question up; the editor's own saves are not changes from outside.
 */
final class FileFollower implements IResourceChangeListener, IPartListener2 {

    /** What the follower needs of its editor. */
    interface Followed {
        IFile file();

        boolean isDirty();

        boolean isActive();

        boolean isOwnPart(IWorkbenchPartReference reference);

        /** Loads the file again, dropping the model and its undo history. */
        void reload();

        void close();

        /** The file is now {@code to}: the editor's input and the model's location follow it. */
        void moved(IFile to);

        /** Asks the user a yes/no question; true for yes. */
        boolean ask(String title, String message);
    }

    private final Followed editor;
    private final Display display;
    private boolean changed;
    private boolean deleted;
    private IFile movedTo;
    private boolean writing;
    private long ownStamp = IResource.NULL_STAMP;

    FileFollower(Followed editor, Display display) {
        this.editor = editor;
        this.display = display;
        ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
    }

    /** Runs the editor's own write of its file; the change it makes is not one from outside. */
    void ownWrite(Runnable write) {
        writing = true;
        try {
            write.run();
        } finally {
            writing = false;
            IFile file = editor.file();
            ownStamp = file == null ? IResource.NULL_STAMP : file.getModificationStamp();
        }
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        IFile file = editor.file();
        IResourceDelta delta = file == null || event.getDelta() == null ? null
                : event.getDelta().findMember(file.getFullPath());
        if (delta == null) {
            return;
        }
        boolean noted = false;
        synchronized (this) {
            if (delta.getKind() == IResourceDelta.REMOVED) {
                if ((delta.getFlags() & IResourceDelta.MOVED_TO) != 0) {
                    movedTo = ResourcesPlugin.getWorkspace().getRoot().getFile(delta.getMovedToPath());
                } else {
                    deleted = true;
                }
                noted = true;
            } else if (delta.getKind() == IResourceDelta.CHANGED
                    && (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0 && !writing
                    && file.getModificationStamp() != ownStamp) {
                changed = true;
                noted = true;
            }
        }
        if (noted && !display.isDisposed()) {
            display.asyncExec(() -> {
                if (editor.isActive()) {
                    handle();
                }
            });
        }
    }

    @Override
    public void partActivated(IWorkbenchPartReference reference) {
        if (editor.isOwnPart(reference)) {
            handle();
        }
    }

    /** Acts on what happened to the file since the last time; on the UI thread. */
    void handle() {
        boolean wasDeleted;
        boolean wasChanged;
        IFile moved;
        synchronized (this) {
            wasDeleted = deleted;
            wasChanged = changed;
            moved = movedTo;
            deleted = changed = false;
            movedTo = null;
        }
        IFile file = editor.file();
        String name = file == null ? "The model" : file.getName();
        if (moved != null) {
            editor.moved(moved);
        } else if (wasDeleted) {
            if (!editor.isDirty() || editor.ask("File Deleted", name + " was deleted outside the editor. "
                    + "Close the editor and discard its unsaved changes? (No keeps them; Save writes the file again.)")) {
                editor.close();
            }
        } else if (wasChanged) {
            if (!editor.isDirty() || editor.ask("File Changed", name + " was changed outside the editor. Load it "
                    + "again and discard the editor's unsaved changes? (No keeps them; Save overwrites the file.)")) {
                editor.reload();
            }
        }
    }

    void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
    }
}
