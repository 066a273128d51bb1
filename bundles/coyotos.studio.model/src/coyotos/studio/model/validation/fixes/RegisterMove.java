package coyotos.studio.model.validation.fixes;

import java.util.List;

import coyotos.studio.model.CapRegister;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.Labels;

/** Moving a register's capability to the first free application register: what two rules offer. */
final class RegisterMove {

    static List<Fix> of(CapRegister register, String why) {
        if (!(register.eContainer() instanceof Process process)) {
            return List.of();
        }
        int target = Registers.firstFreeApplication(process);
        if (target < 0) {
            return List.of();
        }
        return List.of(new Fix("move-to-application-register", "Move the capability of " + Labels.of(register)
                + " to register " + target, why, () -> register.setIndex(target)));
    }

    private RegisterMove() {
    }
}
