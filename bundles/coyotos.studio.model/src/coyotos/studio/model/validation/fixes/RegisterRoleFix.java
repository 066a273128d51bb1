package coyotos.studio.model.validation.fixes;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.CapRegister;
import coyotos.studio.model.validation.ModelIndex;

/**
 * COY-REGISTER-ROLE: a capability of the wrong kind in a register the runtime gives a role (RunTime.mki) moves to
 * an application register, leaving the role register to what the runtime puts there.
 */
final class RegisterRoleFix implements RuleFix {

    @Override
    public String ruleId() {
        return "COY-REGISTER-ROLE";
    }

    @Override
    public List<Fix> fixes(ModelIndex model, EObject element) {
        return element instanceof CapRegister register
                ? RegisterMove.of(register, "The runtime expects another kind of capability in this register.")
                : List.of();
    }
}
