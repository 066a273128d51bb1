package coyotos.studio.diagram.operations;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.KernelObject;

/** Palette: Process. */
public class CreateProcess extends CreateObjectHandler {

    public CreateProcess() {
        super(DiagramKinds.PROCESS, "Process", "process");
    }

    @Override
    protected KernelObject newObject(CoyotosSystem system) {
        return CoyotosFactory.eINSTANCE.createProcess();
    }
}
