package coyotos.studio.diagram.operations;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.KernelObject;

/** Palette of the process layout: Address space (GPT), a GPT meant as the top of a space. */
public class CreateSpaceRoot extends CreateObjectHandler {

    public CreateSpaceRoot() {
        super(DiagramKinds.SPACE, "Address space (GPT)", "space");
    }

    @Override
    protected KernelObject newObject(CoyotosSystem system) {
        return CoyotosFactory.eINSTANCE.createGpt();
    }
}
