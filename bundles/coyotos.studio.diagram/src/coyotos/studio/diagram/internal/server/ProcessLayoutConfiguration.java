package coyotos.studio.diagram.internal.server;

import java.util.List;

import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

import coyotos.studio.diagram.DiagramKinds;

/** What the page may do with each element of the process layout, and which edges may connect what. */
public class ProcessLayoutConfiguration extends CoyotosDiagramConfiguration {

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        return List.of(shape(DiagramKinds.PROCESS), shape(DiagramKinds.ENDPOINT), shape(DiagramKinds.SPACE));
    }

    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        return List.of(
                edge(DiagramKinds.SPACE_EDGE, List.of(DiagramKinds.PROCESS), List.of(DiagramKinds.SPACE)),
                edge(DiagramKinds.HANDLER_EDGE, List.of(DiagramKinds.PROCESS),
                        List.of(DiagramKinds.ENDPOINT, DiagramKinds.PROCESS)),
                edge(DiagramKinds.ENTRY_EDGE, List.of(DiagramKinds.PROCESS), List.of(DiagramKinds.ENDPOINT)),
                edge(DiagramKinds.RECIPIENT_EDGE, List.of(DiagramKinds.ENDPOINT), List.of(DiagramKinds.PROCESS)));
    }
}
