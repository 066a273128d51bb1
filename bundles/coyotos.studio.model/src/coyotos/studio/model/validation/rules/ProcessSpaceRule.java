package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** A process whose address-space slot holds no memory capability. */
public final class ProcessSpaceRule extends AbstractRule {

    public ProcessSpaceRule() {
        super("COY-PROCESS-SPACE", ERROR, "§3.1.1 Per-process State: the address space slot (the kernel never raises NoAddrSpace, Process.idl: the first reference faults with InvalidDataReference)");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Process p : m.processes()) {
            Capability c = p.getAddressSpace();
            if (ModelIndex.isEmpty(c)) {
                r.report(this, p, Labels.of(p) + " has no address space: its first reference faults with "
                        + "InvalidDataReference (the kernel never raises NoAddrSpace). Put a GPT or Page capability in "
                        + "its address space slot.");
            } else if (!(c instanceof MemoryCapability)) {
                r.report(this, p, Labels.of(p) + " has a " + c.eClass().getName() + " in its address space slot. "
                        + "Replace it with a GPT or Page capability.");
            }
        }
    }
}
