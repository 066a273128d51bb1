package coyotos.studio.sweep.model;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.io.CoyotosResource;
import java.util.Map;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Copies of the user's model for the points of a sweep: the user's model is never changed. A copy keeps the
 * {@code xmi:id}s of the original, so what a point's run reports about an element it did not transform (a
 * process id, an event's process) names the same element as a single run of the model does.
 */
public final class ModelCopies {

    private ModelCopies() {
    }

    /** A copy of {@code system} in a resource of its own (never saved unless the caller saves it). */
    public static CoyotosSystem copy(CoyotosSystem system) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        CoyotosSystem copy = (CoyotosSystem) copier.copy(system);
        copier.copyReferences();
        CoyotosResource target = new CoyotosResource(URI.createURI("sweep-point.coyotos"));
        Resource source = system.eResource();
        if (source instanceof XMLResource xml) {
            // set before attaching, so the resource does not generate UUIDs it would then throw away
            for (Map.Entry<EObject, EObject> e : copier.entrySet()) {
                String id = xml.getID(e.getKey());
                if (id != null) {
                    target.setID(e.getValue(), id);
                }
            }
        }
        target.getContents().add(copy);
        return copy;
    }
}
