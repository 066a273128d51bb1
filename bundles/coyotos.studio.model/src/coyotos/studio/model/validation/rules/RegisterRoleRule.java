package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** A runtime role register holding the wrong capability type. */
public final class RegisterRoleRule extends AbstractRule {

    public RegisterRoleRule() {
        super("COY-REGISTER-ROLE", WARNING, "RunTime.mki register conventions: 1 reply endpoint, 2 self, 3 space bank, 5 initial endpoint, 7 address-space handler");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Process p : m.processes()) {
            for (CapRegister reg : p.getRegisters()) {
                Capability c = reg.getCap();
                if (ModelIndex.isEmpty(c)) {
                    continue;
                }
                String expected = switch (reg.getIndex()) {
                    case 1, 5 -> c instanceof EndpointCapability ? null : "an endpoint capability";
                    case 2 -> c instanceof ProcessCapability pc && (pc.getTarget() == null || pc.getTarget() == p) ? null
                            : "a process capability to the process itself";
                    case 3 -> c instanceof SpaceBankCapability ? null : "a space bank capability";
                    case 7 -> c instanceof EntryCapability ? null : "an entry capability";
                    default -> null;
                };
                if (expected != null) {
                    r.report(this, reg, Labels.of(reg) + " holds a " + c.eClass().getName() + "; the runtime expects "
                            + expected + " there. Move it to an application register (8..23).");
                }
            }
        }
    }
}
