package coyotos.studio.diagram.operations;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.KernelObject;

/** Palette of the address-space diagram: Page. */
public class CreatePage extends CreateObjectHandler {

    public CreatePage() {
        super(DiagramKinds.PAGE, "Page", "page");
    }

    @Override
    protected KernelObject newObject(CoyotosSystem system) {
        return CoyotosFactory.eINSTANCE.createPage();
    }
}
