package coyotos.studio.diagram.internal.server;

import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.operations.OperationHandler;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.diagram.internal.handler.CreateAddressSpaceEdgeHandler;
import coyotos.studio.diagram.internal.handler.CreateSlotEdgeHandler;
import coyotos.studio.diagram.internal.handler.CreateCapPageNodeHandler;
import coyotos.studio.diagram.internal.handler.CreateGptNodeHandler;
import coyotos.studio.diagram.internal.handler.CreatePageNodeHandler;

/** The address-space diagram of one process: its GPT tree down to pages and capability pages. */
public class AddressSpaceModule extends CoyotosDiagramModule {

    @Override
    public String getDiagramType() {
        return DiagramKinds.ADDRESS_SPACE;
    }

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return AddressSpaceConfiguration.class;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return AddressSpaceFactory.class;
    }

    @Override
    protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
        super.configureOperationHandlers(binding);
        binding.add(CreateGptNodeHandler.class);
        binding.add(CreatePageNodeHandler.class);
        binding.add(CreateCapPageNodeHandler.class);
        binding.add(CreateSlotEdgeHandler.class);
        binding.add(CreateAddressSpaceEdgeHandler.class);
    }
}
