package coyotos.studio.diagram.ui;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/** Where the bundled GLSP client page is, as a file: URL the Browser can load with its scripts beside it. */
public final class DiagramClient {

    static final String BUNDLE = "coyotos.studio.diagram.client";

    public static String pageUrl(String diagramType, String sourceUri, String clientId, String processId)
            throws IOException {
        Bundle bundle = Platform.getBundle(BUNDLE);
        if (bundle == null) {
            throw new IOException("The diagram client bundle " + BUNDLE + " is not installed.");
        }
        URL index = bundle.getEntry("web/index.html");
        if (index == null) {
            throw new IOException("The diagram client bundle has no web/index.html: it was built without npm.");
        }
        // The scripts and fonts beside index.html must be files too: resolve the folder, not just the page.
        URL folder = FileLocator.toFileURL(bundle.getEntry("web/"));
        StringBuilder url = new StringBuilder(folder.toExternalForm()).append("index.html")
                .append("?diagramType=").append(encode(diagramType))
                .append("&sourceUri=").append(encode(sourceUri))
                .append("&clientId=").append(encode(clientId));
        if (processId != null) {
            url.append("&process=").append(encode(processId));
        }
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private DiagramClient() {
    }
}
