package coyotos.studio.diagram.operations;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.KernelObject;

/** Palette of the address-space diagram: GPT. */
public class CreateGpt extends CreateObjectHandler {

    public CreateGpt() {
        super(DiagramKinds.GPT, "GPT", "gpt");
    }

    @Override
    protected KernelObject newObject(CoyotosSystem system) {
        return CoyotosFactory.eINSTANCE.createGpt();
    }
}
