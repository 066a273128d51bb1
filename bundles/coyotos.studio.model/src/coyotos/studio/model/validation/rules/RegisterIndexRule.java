package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** Register index outside 0..31, or two registers with one index. */
public final class RegisterIndexRule extends AbstractRule {

    public RegisterIndexRule() {
        super("COY-REGISTER-INDEX", ERROR, "§3.1.1 Per-process State: 32 capability registers, 0..31");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Process p : m.processes()) {
            Set<Integer> seen = new HashSet<>();
            for (CapRegister reg : p.getRegisters()) {
                if (reg.getIndex() < 0 || reg.getIndex() > 31) {
                    r.report(this, reg, "Register index " + reg.getIndex() + " of " + Labels.of(p)
                            + " is outside 0..31. Use a register between 0 and 31.");
                } else if (!seen.add(reg.getIndex())) {
                    r.report(this, reg, Labels.of(p) + " defines register " + reg.getIndex() + " twice. Remove one.");
                }
            }
        }
    }
}
