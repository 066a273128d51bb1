package coyotos.studio.model.validation.fixes;

import coyotos.studio.model.CapRegister;
import coyotos.studio.model.Process;

/** Where a capability may go when it has to leave a register. */
final class Registers {

    /**
     * Application registers the runtime leaves alone: 8..19 (RunTime.mki: 8..23 are for the application, and
     * 20..23 are overwritten while the runtime starts).
     */
    static final int FIRST_APPLICATION = 8;
    static final int LAST_STABLE_APPLICATION = 19;

    /** The lowest application register of {@code process} that holds nothing, or -1. */
    static int firstFreeApplication(Process process) {
        for (int index = FIRST_APPLICATION; index <= LAST_STABLE_APPLICATION; index++) {
            if (!taken(process, index)) {
                return index;
            }
        }
        return -1;
    }

    private static boolean taken(Process process, int index) {
        for (CapRegister register : process.getRegisters()) {
            if (register.getIndex() == index) {
                return true;
            }
        }
        return false;
    }

    private Registers() {
    }
}
