package coyotos.studio.diagram.internal.handler;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.model.CoyotosFactory;

/** Palette of the address-space diagram: Capability page. */
public class CreateCapPageNodeHandler extends CreateKernelObjectHandler {

    public CreateCapPageNodeHandler() {
        super(DiagramKinds.CAP_PAGE, "Capability page", "cappage", system -> CoyotosFactory.eINSTANCE.createCapPage());
    }
}
