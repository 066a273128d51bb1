package coyotos.studio.diagram.operations;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.model.CoyotosFactory;

/** Palette of the address-space diagram: Page. */
public class CreatePage extends CreateObjectHandler {

    public CreatePage() {
        super(DiagramKinds.PAGE, "Page", "page", system -> CoyotosFactory.eINSTANCE.createPage());
    }
}
