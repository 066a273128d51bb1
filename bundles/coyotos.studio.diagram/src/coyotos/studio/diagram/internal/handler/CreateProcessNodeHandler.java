package coyotos.studio.diagram.internal.handler;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.model.CoyotosFactory;

/** Palette: Process. */
public class CreateProcessNodeHandler extends CreateKernelObjectHandler {

    public CreateProcessNodeHandler() {
        super(DiagramKinds.PROCESS, "Process", "process", system -> CoyotosFactory.eINSTANCE.createProcess());
    }
}
