package coyotos.studio.diagram.internal.server;

import coyotos.studio.diagram.EditedModel;
import coyotos.studio.diagram.internal.graph.AddressSpaceContent;
import coyotos.studio.diagram.internal.graph.DiagramContent;

/** The GModel of one process's address-space diagram. */
public class AddressSpaceFactory extends DiagramModelFactory {

    @Override
    protected DiagramContent content(EditedModel model) {
        return AddressSpaceContent.of(model, AddressSpaceContent.processFor(model, state.processId()));
    }
}
