package coyotos.studio.diagram.operations;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.model.CoyotosFactory;

/** Palette of the address-space diagram: Capability page. */
public class CreateCapPage extends CreateObjectHandler {

    public CreateCapPage() {
        super(DiagramKinds.CAP_PAGE, "Capability page", "cappage", system -> CoyotosFactory.eINSTANCE.createCapPage());
    }
}
