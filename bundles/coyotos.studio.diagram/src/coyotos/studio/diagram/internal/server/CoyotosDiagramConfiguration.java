package coyotos.studio.diagram.internal.server;

import java.util.List;

import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

/**
 * What both diagrams share: positions come from the user or from the Layout command (never recomputed on
 * every change), labels are placed by the server, updates are not animated (a large system would crawl), and
 * how type hints are made.
 */
public abstract class CoyotosDiagramConfiguration extends BaseDiagramConfiguration {

    /** A node the user may move, resize and delete. */
    static ShapeTypeHint shape(String type) {
        return new ShapeTypeHint(type, true, true, true, false);
    }

    /** A capability edge the user may draw from one of {@code sources} to one of {@code targets}, and delete. */
    static EdgeTypeHint edge(String type, List<String> sources, List<String> targets) {
        return new EdgeTypeHint(type, true, true, false, sources, targets);
    }

    /**
     * The server sizes and places every label itself (NodeLabels), so the page draws the model it is sent:
     * no hidden rendering to measure it, and the model crosses the bridge once instead of three times.
     */
    @Override
    public boolean needsClientLayout() {
        return false;
    }

    @Override
    public ServerLayoutKind getLayoutKind() {
        return ServerLayoutKind.MANUAL;
    }

    @Override
    public boolean animatedUpdate() {
        return false;
    }
}
