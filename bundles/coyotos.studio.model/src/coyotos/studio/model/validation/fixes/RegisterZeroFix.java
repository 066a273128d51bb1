package coyotos.studio.model.validation.fixes;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.CapRegister;
import coyotos.studio.model.validation.ModelIndex;

/** COY-REGISTER-ZERO: register 0 always reads as the Null capability (spec §3.1.1); the capability moves on. */
final class RegisterZeroFix implements RuleFix {

    @Override
    public String ruleId() {
        return "COY-REGISTER-ZERO";
    }

    @Override
    public List<Fix> fixes(ModelIndex model, EObject element) {
        return element instanceof CapRegister register && register.getIndex() == 0
                ? RegisterMove.of(register, "Register 0 is always null; an application register keeps the capability.")
                : List.of();
    }
}
