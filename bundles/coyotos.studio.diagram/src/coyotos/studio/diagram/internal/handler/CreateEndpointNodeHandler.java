package coyotos.studio.diagram.internal.handler;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Endpoint;

/** Palette: Endpoint, with an endpoint id no other endpoint uses. */
public class CreateEndpointNodeHandler extends CreateKernelObjectHandler {

    public CreateEndpointNodeHandler() {
        super(DiagramKinds.ENDPOINT, "Endpoint", "endpoint", CreateEndpointNodeHandler::freshEndpoint);
    }

    private static Endpoint freshEndpoint(CoyotosSystem system) {
        Endpoint endpoint = CoyotosFactory.eINSTANCE.createEndpoint();
        long highest = system.getObjects().stream().filter(Endpoint.class::isInstance)
                .mapToLong(o -> ((Endpoint) o).getEndpointId()).max().orElse(0);
        endpoint.setEndpointId(highest + 1);
        return endpoint;
    }
}
