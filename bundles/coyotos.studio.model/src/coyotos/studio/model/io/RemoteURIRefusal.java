package coyotos.studio.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * Placed first in a resource set's URI handlers, it takes every URI that is not a local file (http:, https:,
 * ftp:, ...) and refuses to open it, so resolving a reference from a model can never reach the network. The
 * parser already refuses such references ({@link ModelLoadHandler}); this is the second lock, for references
 * added after loading.
 */
public final class RemoteURIRefusal extends URIHandlerImpl {

    /** Installs the refusal in {@code rs} (once). */
    public static void install(ResourceSet rs) {
        if (rs.getURIConverter().getURIHandlers().stream().noneMatch(RemoteURIRefusal.class::isInstance)) {
            rs.getURIConverter().getURIHandlers().add(0, new RemoteURIRefusal());
        }
    }

    @Override
    public boolean canHandle(URI uri) {
        return !ModelLoadHandler.isLocal(uri);
    }

    private static IOException refused(URI uri) {
        return new IOException("'" + uri + "' is not a local file: a model may only refer to files on this machine.");
    }

    @Override
    public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
        throw refused(uri);
    }

    @Override
    public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
        throw refused(uri);
    }

    @Override
    public void delete(URI uri, Map<?, ?> options) throws IOException {
        throw refused(uri);
    }

    @Override
    public boolean exists(URI uri, Map<?, ?> options) {
        return false;
    }

    @Override
    public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
        return Map.of();
    }

    @Override
    public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
        throw refused(uri);
    }
}
