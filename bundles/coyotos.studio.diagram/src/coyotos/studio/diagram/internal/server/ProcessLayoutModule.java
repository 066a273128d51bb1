package coyotos.studio.diagram.internal.server;

import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.operations.OperationHandler;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.diagram.internal.handler.CreateAddressSpaceEdgeHandler;
import coyotos.studio.diagram.internal.handler.CreateEntryEdgeHandler;
import coyotos.studio.diagram.internal.handler.CreateFaultHandlerEdgeHandler;
import coyotos.studio.diagram.internal.handler.CreateRecipientEdgeHandler;
import coyotos.studio.diagram.internal.handler.CreateEndpointNodeHandler;
import coyotos.studio.diagram.internal.handler.CreateProcessNodeHandler;
import coyotos.studio.diagram.internal.handler.CreateSpaceRootNodeHandler;

/** The process layout diagram: processes, endpoints, space roots and the capabilities between them. */
public class ProcessLayoutModule extends CoyotosDiagramModule {

    @Override
    public String getDiagramType() {
        return DiagramKinds.PROCESS_LAYOUT;
    }

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return ProcessLayoutConfiguration.class;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return ProcessLayoutFactory.class;
    }

    @Override
    protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
        super.configureOperationHandlers(binding);
        binding.add(CreateProcessNodeHandler.class);
        binding.add(CreateEndpointNodeHandler.class);
        binding.add(CreateSpaceRootNodeHandler.class);
        binding.add(CreateAddressSpaceEdgeHandler.class);
        binding.add(CreateFaultHandlerEdgeHandler.class);
        binding.add(CreateEntryEdgeHandler.class);
        binding.add(CreateRecipientEdgeHandler.class);
    }
}
