package coyotos.studio.diagram;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.edit.domain.EditingDomain;

import coyotos.studio.diagram.layout.DiagramLayout;
import coyotos.studio.model.CoyotosSystem;

/**
 * One open model as the diagrams see it: the editing domain whose command stack the tree page shares, the
 * positions of the diagram elements, and how to save both. Diagrams never load the file on their own when an
 * editor has it open, so there is one model and one undo history.
 */
public final class EditedModel {

    /** Writes the model and its layout; in Eclipse it is the editor's save. */
    public interface Saver {
        void save() throws Exception;
    }

    private final EditingDomain domain;
    private final Resource resource;
    private final ModelAccess access;
    private final DiagramLayout layout;
    private final Saver saver;
    private final List<CommandStackListener> listeners = new CopyOnWriteArrayList<>();
    private boolean attached;
    private final CommandStackListener fanOut = event -> listeners.forEach(l -> l.commandStackChanged(event));

    public EditedModel(EditingDomain domain, Resource resource, ModelAccess access, DiagramLayout layout, Saver saver) {
        this.domain = domain;
        this.resource = resource;
        this.access = access;
        this.layout = layout;
        this.saver = saver;
    }

    public EditingDomain domain() {
        return domain;
    }

    public BasicCommandStack commandStack() {
        return (BasicCommandStack) domain.getCommandStack();
    }

    public Resource resource() {
        return resource;
    }

    public CoyotosSystem system() {
        return resource.getContents().isEmpty() ? null : (CoyotosSystem) resource.getContents().get(0);
    }

    public ModelAccess access() {
        return access;
    }

    public DiagramLayout layout() {
        return layout;
    }

    public void save() throws Exception {
        saver.save();
    }

    /** The diagram id of a model element: its xmi:id. */
    public String idOf(EObject element) {
        return ((XMLResource) resource).getID(element);
    }

    /** The element with this id, if it is still in the model (a deleted one may linger in the id table). */
    public EObject byId(String id) {
        EObject element = id == null ? null : resource.getEObject(id);
        return element != null && element.eResource() == resource ? element : null;
    }

    /**
     * Listens to the shared command stack until removed or {@link #dispose()}. One listener on the stack fans
     * out to these, so a diagram session may stop listening from inside a notification.
     */
    public void addStackListener(CommandStackListener listener) {
        if (!attached) {
            commandStack().addCommandStackListener(fanOut);
            attached = true;
        }
        listeners.add(listener);
    }

    public void removeStackListener(CommandStackListener listener) {
        listeners.remove(listener);
    }

    public void dispose() {
        commandStack().removeCommandStackListener(fanOut);
        attached = false;
        listeners.clear();
    }
}
