package coyotos.studio.diagram.operations;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.KernelObject;

/** Palette of the address-space diagram: Capability page. */
public class CreateCapPage extends CreateObjectHandler {

    public CreateCapPage() {
        super(DiagramKinds.CAP_PAGE, "Capability page", "cappage");
    }

    @Override
    protected KernelObject newObject(CoyotosSystem system) {
        return CoyotosFactory.eINSTANCE.createCapPage();
    }
}
