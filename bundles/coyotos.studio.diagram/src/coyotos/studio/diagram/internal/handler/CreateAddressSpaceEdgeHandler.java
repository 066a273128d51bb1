package coyotos.studio.diagram.internal.handler;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.diagram.EditedModel;
import coyotos.studio.model.Capability;
import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.Process;

/** Palette: Address space — the process's address-space capability now designates the GPT (or page). */
public class CreateAddressSpaceEdgeHandler extends CreateCapabilityEdgeHandler {

    public CreateAddressSpaceEdgeHandler() {
        super(DiagramKinds.SPACE_EDGE, "Address space");
    }

    @Override
    protected Command connect(EditedModel model, EObject source, EObject target) {
        Capability cap = Capabilities.memory(target);
        return source instanceof Process process && cap != null
                ? SetCommand.create(model.domain(), process, CoyotosPackage.Literals.PROCESS__ADDRESS_SPACE, cap)
                : null;
    }
}
