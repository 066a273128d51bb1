package coyotos.studio.diagram.operations;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.model.CoyotosFactory;

/** Palette of the process layout: Address space (GPT), a GPT meant as the top of a space. */
public class CreateSpaceRoot extends CreateObjectHandler {

    public CreateSpaceRoot() {
        super(DiagramKinds.SPACE, "Address space (GPT)", "space", system -> CoyotosFactory.eINSTANCE.createGpt());
    }
}
