package coyotos.studio.model.io;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;

/**
 * The SAX handler of {@link CoyotosResource}: EMF's XMI handler plus the checks that give a hostile or broken
 * file a clear error with its line instead of a silent misreading:
 * <ul>
 * <li>an {@code xmi:id} used twice (references would bind to one twin);</li>
 * <li>a reference to an element of the wrong type (EMF would report a Java {@code toString} without a line);</li>
 * <li>a reference to anything but a local file ({@code http:} and the like): it is refused while parsing, so the
 * model can never make the tool open a network connection.</li>
 * </ul>
 */
final class ModelLoadHandler extends SAXXMIHandler {

    /** URI schemes a model may refer to: files on this machine and the Eclipse workspace and bundles. */
    static final Set<String> LOCAL_SCHEMES = Set.of("file", "platform", "bundleentry", "bundleresource");

    private final CoyotosResource resource;

    ModelLoadHandler(CoyotosResource resource, XMLHelper helper, Map<?, ?> options) {
        super(resource, helper, options);
        this.resource = resource;
    }

    /** A problem found while loading: shown as written, with its line, without EMF's location suffix. */
    static final class Problem extends XMIException {
        private static final long serialVersionUID = 1L;

        Problem(String message, String location, int line, int column) {
            super(message, location, line, column);
        }

        @Override
        public String getMessage() {
            return getRawMessage();
        }

        String getRawMessage() {
            return super.getMessage().replaceFirst(" \\([^()]*, -?\\d+, -?\\d+\\)$", "");
        }
    }

    /** Whether a model may refer to {@code uri} (relative references resolve against the model's own location). */
    static boolean isLocal(URI uri) {
        return uri.scheme() == null || LOCAL_SCHEMES.contains(uri.scheme().toLowerCase(java.util.Locale.ROOT));
    }

    /** Features of earlier versions of the model that {@link ModelMigrations} keeps: a warning, not an error. */
    @Override
    protected void handleUnknownFeature(String prefix, String name, boolean isElement, EObject peekObject,
            String value) {
        String kept = ModelMigrations.keptFeature(peekObject, name, value);
        if (kept != null) {
            recordUnknownFeature(prefix, name, isElement, peekObject, value);
            warning(new XMIException(kept, getLocation(), getLineNumber(), getColumnNumber()));
            return;
        }
        // Any other unknown feature is an error, as it always was.
        reportUnknownFeature(prefix, name, isElement, peekObject, value);
    }

    @Override
    protected void handleObjectAttribs(EObject obj) {
        if (attribs != null) {
            for (int i = 0, n = attribs.getLength(); i < n; i++) {
                if (ID_ATTRIB.equals(attribs.getQName(i))) {
                    String id = attribs.getValue(i);
                    EObject twin = ((XMLResource) xmlResource).getIDToEObjectMap().get(id);
                    if (twin != null && twin != obj) {
                        error(new Problem("The xmi:id '" + id + "' is used twice: by this " + obj.eClass().getName()
                                + " and, earlier, by " + CoyotosResource.label(twin) + ". References to it would "
                                + "silently bind to one of them. Give each element an id of its own.",
                                getLocation(), getLineNumber(), getColumnNumber()));
                    }
                }
            }
        }
        super.handleObjectAttribs(obj);
    }

    @Override
    protected void handleProxy(InternalEObject proxy, String uriLiteral) {
        URI uri;
        try {
            uri = URI.createURI(uriLiteral);
        } catch (IllegalArgumentException e) {
            error(new Problem("The reference '" + uriLiteral + "' is not a valid URI.", getLocation(), getLineNumber(),
                    getColumnNumber()));
            return;
        }
        if (!isLocal(uri)) {
            error(new Problem("The reference to '" + uriLiteral + "' is refused: a model may only refer to files on "
                    + "this machine, and Coyotos Studio never fetches anything from the network. Copy the model it "
                    + "names next to this one and refer to it by a relative path.", getLocation(), getLineNumber(),
                    getColumnNumber()));
            return;
        }
        super.handleProxy(proxy, uriLiteral);
        resource.recordProxyLine(proxy, getLineNumber(), getColumnNumber());
    }

    @Override
    protected void handleForwardReferences(boolean isEndDocument) {
        if (isEndDocument) {
            // EMF would report a wrong-type target as "Value '...Impl@1a2b' is not legal." at the end of the file.
            for (Iterator<SingleReference> i = forwardSingleReferences.iterator(); i.hasNext();) {
                SingleReference ref = i.next();
                EObject target = targetOf(ref.getValue());
                EStructuralFeature feature = ref.getFeature();
                if (target != null && feature instanceof EReference r && !r.getEReferenceType().isInstance(target)) {
                    error(new Problem(wrongType(ref.getObject(), r, target), getLocation(), ref.getLineNumber(),
                            ref.getColumnNumber()));
                    i.remove();
                }
            }
        }
        super.handleForwardReferences(isEndDocument);
    }

    private EObject targetOf(Object id) {
        try {
            return id instanceof String s ? xmlResource.getEObject(s) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** "Reference 'target' of GptCapability (c0) names Page 'data' (data), but it must name a Gpt." */
    static String wrongType(EObject owner, EReference r, EObject target) {
        return "Reference '" + r.getName() + "' of " + CoyotosResource.label(owner) + " names "
                + CoyotosResource.label(target) + ", but it must name a " + r.getEReferenceType().getName()
                + ". Re-point it at a " + r.getEReferenceType().getName() + ".";
    }
}
