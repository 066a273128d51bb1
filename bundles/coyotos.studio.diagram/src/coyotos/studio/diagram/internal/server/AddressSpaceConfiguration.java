package coyotos.studio.diagram.internal.server;

import java.util.List;

import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

import coyotos.studio.diagram.DiagramKinds;

/** What the page may do in an address-space diagram: slots hold GPTs, pages and capability pages. */
public class AddressSpaceConfiguration extends CoyotosDiagramConfiguration {

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        return List.of(shape(DiagramKinds.GPT),
                shape(DiagramKinds.PAGE),
                shape(DiagramKinds.CAP_PAGE),
                new ShapeTypeHint(DiagramKinds.PROCESS, true, false, true, false));
    }

    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        List<String> memory = List.of(DiagramKinds.GPT, DiagramKinds.PAGE, DiagramKinds.CAP_PAGE);
        return List.of(
                edge(DiagramKinds.SLOT_EDGE, List.of(DiagramKinds.GPT, DiagramKinds.CAP_PAGE),
                        memory),
                edge(DiagramKinds.SPACE_EDGE, List.of(DiagramKinds.PROCESS), memory));
    }
}
