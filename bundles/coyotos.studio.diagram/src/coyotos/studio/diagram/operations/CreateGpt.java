package coyotos.studio.diagram.operations;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.model.CoyotosFactory;

/** Palette of the address-space diagram: GPT. */
public class CreateGpt extends CreateObjectHandler {

    public CreateGpt() {
        super(DiagramKinds.GPT, "GPT", "gpt", system -> CoyotosFactory.eINSTANCE.createGpt());
    }
}
