package coyotos.studio.diagram.server;

import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.operations.OperationHandler;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.diagram.operations.ConnectAddressSpace;
import coyotos.studio.diagram.operations.ConnectEntry;
import coyotos.studio.diagram.operations.ConnectFaultHandler;
import coyotos.studio.diagram.operations.ConnectRecipient;
import coyotos.studio.diagram.operations.CreateEndpoint;
import coyotos.studio.diagram.operations.CreateProcess;
import coyotos.studio.diagram.operations.CreateSpaceRoot;

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
        binding.add(CreateProcess.class);
        binding.add(CreateEndpoint.class);
        binding.add(CreateSpaceRoot.class);
        binding.add(ConnectAddressSpace.class);
        binding.add(ConnectFaultHandler.class);
        binding.add(ConnectEntry.class);
        binding.add(ConnectRecipient.class);
    }
}
