package coyotos.studio.diagram.internal.handler;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.diagram.EditedModel;
import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.Endpoint;
import coyotos.studio.model.Process;

/**
 * Palette: Fault handler — the process's handler capability: an entry capability to an endpoint, or a process
 * capability (spec 0.6, 3.3: faults are delivered by invoking the handler capability).
 */
public class CreateFaultHandlerEdgeHandler extends CreateCapabilityEdgeHandler {

    public CreateFaultHandlerEdgeHandler() {
        super(DiagramKinds.HANDLER_EDGE, "Fault handler");
    }

    @Override
    protected Command connect(EditedModel model, EObject source, EObject target) {
        if (!(source instanceof Process process)) {
            return null;
        }
        var cap = target instanceof Endpoint endpoint ? Capabilities.entry(endpoint)
                : target instanceof Process handler && handler != process ? Capabilities.process(handler) : null;
        return cap == null ? null
                : SetCommand.create(model.domain(), process, CoyotosPackage.Literals.PROCESS__HANDLER, cap);
    }
}
