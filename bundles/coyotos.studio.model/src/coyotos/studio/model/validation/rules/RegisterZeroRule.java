package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** A capability placed in register 0. */
public final class RegisterZeroRule extends AbstractRule {

    public RegisterZeroRule() {
        super("COY-REGISTER-ZERO", ERROR, "§3.1.1 Per-process State: capability register 0 always reads as the null capability");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Process p : m.processes()) {
            for (CapRegister reg : p.getRegisters()) {
                if (reg.getIndex() == 0 && !ModelIndex.isEmpty(reg.getCap())) {
                    r.report(this, reg, Labels.of(reg) + " holds a " + reg.getCap().eClass().getName()
                            + ", but register 0 is always null. Move the capability to another register.");
                }
            }
        }
    }
}
