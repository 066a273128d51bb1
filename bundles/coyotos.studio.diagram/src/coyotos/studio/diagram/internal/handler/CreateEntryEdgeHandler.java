package coyotos.studio.diagram.internal.handler;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.diagram.EditedModel;
import coyotos.studio.model.CapRegister;
import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.Endpoint;
import coyotos.studio.model.Process;

/** Palette: Entry capability — put an entry capability to the endpoint in the process's first free register. */
public class CreateEntryEdgeHandler extends CreateCapabilityEdgeHandler {

    /** Register 0 is the null capability by convention; a process has 32 (spec 0.6, 3.1). */
    static final int FIRST_REGISTER = 1;
    static final int REGISTERS = 32;

    public CreateEntryEdgeHandler() {
        super(DiagramKinds.ENTRY_EDGE, "Entry capability");
    }

    @Override
    protected Command connect(EditedModel model, EObject source, EObject target) {
        if (!(source instanceof Process process) || !(target instanceof Endpoint endpoint)) {
            return null;
        }
        int index = FreeSlots.first(process.getRegisters(), FIRST_REGISTER, REGISTERS);
        if (index < 0) {
            return null;
        }
        CapRegister register = CoyotosFactory.eINSTANCE.createCapRegister();
        register.setIndex(index);
        register.setCap(Capabilities.entry(endpoint));
        return AddCommand.create(model.domain(), process, CoyotosPackage.Literals.PROCESS__REGISTERS, register);
    }
}
