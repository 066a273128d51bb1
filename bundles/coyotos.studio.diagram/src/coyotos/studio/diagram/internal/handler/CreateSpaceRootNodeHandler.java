package coyotos.studio.diagram.internal.handler;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.model.CoyotosFactory;

/** Palette of the process layout: Address space (GPT), a GPT meant as the top of a space. */
public class CreateSpaceRootNodeHandler extends CreateKernelObjectHandler {

    public CreateSpaceRootNodeHandler() {
        super(DiagramKinds.SPACE, "Address space (GPT)", "space", system -> CoyotosFactory.eINSTANCE.createGpt());
    }
}
