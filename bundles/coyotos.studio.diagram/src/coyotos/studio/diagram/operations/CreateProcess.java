package coyotos.studio.diagram.operations;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.model.CoyotosFactory;

/** Palette: Process. */
public class CreateProcess extends CreateObjectHandler {

    public CreateProcess() {
        super(DiagramKinds.PROCESS, "Process", "process", system -> CoyotosFactory.eINSTANCE.createProcess());
    }
}
