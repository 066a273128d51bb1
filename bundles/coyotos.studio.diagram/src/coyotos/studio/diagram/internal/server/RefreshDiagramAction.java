package coyotos.studio.diagram.internal.server;

import org.eclipse.glsp.server.actions.Action;

/** Server-internal: the model changed outside this diagram, rebuild and send it. Never sent to the page. */
public class RefreshDiagramAction extends Action {

    public static final String KIND = "coyotosRefreshDiagram";

    public RefreshDiagramAction() {
        super(KIND);
    }
}
