package coyotos.studio.diagram.internal.handler;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.model.CoyotosFactory;

/** Palette of the address-space diagram: GPT. */
public class CreateGptNodeHandler extends CreateKernelObjectHandler {

    public CreateGptNodeHandler() {
        super(DiagramKinds.GPT, "GPT", "gpt", system -> CoyotosFactory.eINSTANCE.createGpt());
    }
}
