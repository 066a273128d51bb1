package coyotos.studio.diagram.server;

import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.operations.OperationHandler;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.diagram.operations.ConnectAddressSpace;
import coyotos.studio.diagram.operations.ConnectSlot;
import coyotos.studio.diagram.operations.CreateCapPage;
import coyotos.studio.diagram.operations.CreateGpt;
import coyotos.studio.diagram.operations.CreatePage;

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
        binding.add(CreateGpt.class);
        binding.add(CreatePage.class);
        binding.add(CreateCapPage.class);
        binding.add(ConnectSlot.class);
        binding.add(ConnectAddressSpace.class);
    }
}
