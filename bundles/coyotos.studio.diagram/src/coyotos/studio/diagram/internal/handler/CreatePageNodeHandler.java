package coyotos.studio.diagram.internal.handler;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.model.CoyotosFactory;

/** Palette of the address-space diagram: Page. */
public class CreatePageNodeHandler extends CreateKernelObjectHandler {

    public CreatePageNodeHandler() {
        super(DiagramKinds.PAGE, "Page", "page", system -> CoyotosFactory.eINSTANCE.createPage());
    }
}
