package coyotos.studio.model.io;

import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.helpers.DefaultHandler;

import coyotos.studio.model.NamedElement;

/**
 * A {@code .coyotos} file: XMI with a UUID {@code xmi:id} on every element, so that references survive
 * edits and other tools (simulator results, diagrams) can name elements stably. Loading goes through
 * {@link ModelLoadHandler}, which refuses duplicate ids, wrong-type references and references to anything but
 * local files, each with its line.
 */
public class CoyotosResource extends XMIResourceImpl {

    private boolean loadFailed;
    /** Line and column of each cross-document reference, while {@link ModelLoader} checks them after a load. */
    private final Map<EObject, int[]> proxyLines = new IdentityHashMap<>();

    public CoyotosResource(URI uri) {
        super(uri);
        // Fast id lookup on load of large models (idrefs are resolved through this map).
        setIntrinsicIDToEObjectMap(new HashMap<>());
        getDefaultSaveOptions().putAll(defaultSaveOptions());
        getDefaultLoadOptions().putAll(defaultLoadOptions());
    }

    /** Loads through {@link ModelLoadHandler} (and so {@link ModelMigrations}: old files keep loading). */
    @Override
    protected XMLLoad createXMLLoad() {
        return new XMILoadImpl(createXMLHelper()) {
            @Override
            protected DefaultHandler makeDefaultHandler() {
                return new ModelLoadHandler(CoyotosResource.this, helper, options);
            }
        };
    }

    @Override
    protected XMLLoad createXMLLoad(Map<?, ?> options) {
        return createXMLLoad();
    }

    void recordProxyLine(EObject proxy, int line, int column) {
        proxyLines.put(proxy, new int[] {line, column});
    }

    /** Line and column where a cross-document reference (a proxy) was read, or null. */
    public int[] proxyLine(EObject proxy) {
        return proxyLines.get(proxy);
    }

    /** Forgets the reference lines once they have been used. */
    public void clearProxyLines() {
        proxyLines.clear();
    }

    /** "Page 'data' (id)" for messages about an element of this kind of file. */
    static String label(EObject o) {
        if (o == null) {
            return null;
        }
        String name = o instanceof NamedElement n ? n.getName() : null;
        String id = o.eResource() instanceof XMLResource x ? x.getID(o) : null;
        return o.eClass().getName() + (name != null ? " '" + name + "'" : "") + (id != null ? " (" + id + ")" : "");
    }

    @Override
    protected boolean useUUIDs() {
        return true;
    }

    /**
     * Every id of a .coyotos file is an xmi:id in the id map (the metamodel has no ID attributes). Saying so keeps
     * EMF from scanning the whole model for each id it cannot find: a file with n dangling references loads in
     * O(n), not O(n²).
     */
    @Override
    protected boolean useIDAttributes() {
        return false;
    }

    /** Marks this resource as the result of a failed load: it must never be saved over its file. */
    public void setLoadFailed(boolean loadFailed) {
        this.loadFailed = loadFailed;
    }

    public boolean isLoadFailed() {
        return loadFailed;
    }

    @Override
    public void save(Map<?, ?> options) throws IOException {
        if (loadFailed) {
            throw new IOException("Refusing to save " + getURI()
                    + ": it failed to load, and saving would overwrite the file with a partial model.");
        }
        super.save(options);
    }

    public static Map<Object, Object> defaultSaveOptions() {
        Map<Object, Object> o = new HashMap<>();
        o.put(XMLResource.OPTION_ENCODING, "UTF-8");
        o.put(XMLResource.OPTION_LINE_WIDTH, 100);
        o.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.TRUE);
        o.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
        o.put(XMLResource.OPTION_SAVE_ONLY_IF_CHANGED, XMLResource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER);
        o.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_RECORD);
        return o;
    }

    public static Map<Object, Object> defaultLoadOptions() {
        Map<Object, Object> o = new HashMap<>();
        o.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        o.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        // Lets the migration keep features of earlier versions (ModelMigrations); others are still reported.
        o.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
        return o;
    }
}
