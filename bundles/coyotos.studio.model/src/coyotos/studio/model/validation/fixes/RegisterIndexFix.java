package coyotos.studio.model.validation.fixes;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import coyotos.studio.model.CapRegister;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.Labels;
import coyotos.studio.model.validation.ModelIndex;

/**
 * COY-REGISTER-INDEX, for a register defined twice: the second definition is never read (the first one holds the
 * register), so it goes. A register outside 0..31 has no repair that follows from the model: which register was
 * meant is the modeller's choice.
 */
final class RegisterIndexFix implements RuleFix {

    @Override
    public String ruleId() {
        return "COY-REGISTER-INDEX";
    }

    @Override
    public List<Fix> fixes(ModelIndex model, EObject element) {
        if (!(element instanceof CapRegister register) || !(register.eContainer() instanceof Process process)
                || register.getIndex() < 0 || register.getIndex() > 31
                || firstWithIndex(process, register.getIndex()) == register) {
            return List.of();
        }
        return List.of(new Fix("remove-duplicate-register", "Remove the second " + Labels.of(register),
                "The first definition of the register is the one that holds it.", () -> EcoreUtil.remove(register)));
    }

    private static CapRegister firstWithIndex(Process process, int index) {
        return process.getRegisters().stream().filter(r -> r.getIndex() == index).findFirst().orElse(null);
    }
}
