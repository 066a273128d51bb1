package coyotos.studio.diagram.internal.handler;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.diagram.EditedModel;
import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.Endpoint;
import coyotos.studio.model.Process;

/** Palette: Recipient — the process the endpoint delivers its messages to. */
public class CreateRecipientEdgeHandler extends CreateCapabilityEdgeHandler {

    public CreateRecipientEdgeHandler() {
        super(DiagramKinds.RECIPIENT_EDGE, "Recipient");
    }

    @Override
    protected Command connect(EditedModel model, EObject source, EObject target) {
        return source instanceof Endpoint endpoint && target instanceof Process process
                ? SetCommand.create(model.domain(), endpoint, CoyotosPackage.Literals.ENDPOINT__RECIPIENT, process)
                : null;
    }
}
