package coyotos.studio.model.validation;

import coyotos.studio.model.AppNoticeCapability;
import coyotos.studio.model.Capability;
import coyotos.studio.model.MiscCapability;
import coyotos.studio.model.MiscCapabilityKind;
import coyotos.studio.model.PhysicalPageCapability;

/**
 * Which capabilities a model may hold (an imported system image keeps everything it says) but the simulator does
 * not have. KernLog is the one miscellaneous kernel capability the simulator answers (KernLog.log prints to the
 * run's console, as {@code caps/cap_KernLog.c} does on the console). The validation rule COY-SIM-NOT-MODELLED and the
 * simulator's translation both ask here, so what the rule warns about is exactly what a run treats as empty.
 */
public final class SimulatedCapabilities {

    private SimulatedCapabilities() {
    }

    /** What the capability is, for a message, when the simulator does not have it; null when it does. */
    public static String notSimulated(Capability c) {
        return switch (c) {
            case MiscCapability misc when misc.getKind() == MiscCapabilityKind.KERN_LOG -> null;
            case MiscCapability misc -> "the " + misc.getKind().getLiteral() + " kernel capability";
            case AppNoticeCapability a -> "an AppNotice capability";
            case PhysicalPageCapability p -> "a physical page frame capability";
            default -> null;
        };
    }
}
