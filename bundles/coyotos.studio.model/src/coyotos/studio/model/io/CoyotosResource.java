package coyotos.studio.model.io;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A {@code .coyotos} file: XMI with a UUID {@code xmi:id} on every element, so that references survive
 * edits and other tools (simulator results, diagrams) can name elements stably.
 */
public class CoyotosResource extends XMIResourceImpl {

    private boolean loadFailed;

    public CoyotosResource(URI uri) {
        super(uri);
        // Fast id lookup on load of large models (idrefs are resolved through this map).
        setIntrinsicIDToEObjectMap(new HashMap<>());
        getDefaultSaveOptions().putAll(defaultSaveOptions());
        getDefaultLoadOptions().putAll(defaultLoadOptions());
    }

    @Override
    protected boolean useUUIDs() {
        return true;
    }

    /** Loads through {@link ModelMigrations}, so files written by earlier versions of the model keep loading. */
    @Override
    protected XMLLoad createXMLLoad() {
        return new XMILoadImpl(createXMLHelper()) {
            @Override
            protected DefaultHandler makeDefaultHandler() {
                return new SAXXMIHandler(resource, helper, options) {
                    @Override
                    protected void handleUnknownFeature(String prefix, String name, boolean isElement,
                            EObject peekObject, String value) {
                        String kept = ModelMigrations.keptFeature(peekObject, name, value);
                        if (kept != null) {
                            recordUnknownFeature(prefix, name, isElement, peekObject, value);
                            warning(new XMIException(kept, getLocation(), getLineNumber(), getColumnNumber()));
                            return;
                        }
                        // Any other unknown feature is an error, as it always was.
                        reportUnknownFeature(prefix, name, isElement, peekObject, value);
                    }
                };
            }
        };
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
