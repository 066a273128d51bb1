package coyotos.studio.model.validation;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.CapRegister;
import coyotos.studio.model.NamedElement;
import coyotos.studio.model.Slot;

/** Names elements in messages the way a modeller finds them in the tree. */
public final class Labels {

    private Labels() {
    }

    public static String of(EObject o) {
        if (o == null) {
            return "(nothing)";
        }
        if (o instanceof NamedElement n && n.getName() != null && !n.getName().isEmpty()) {
            return type(o) + " '" + n.getName() + "'";
        }
        if (o instanceof CapRegister r) {
            return "register " + r.getIndex() + " (" + r.getRole() + ") of " + of(r.eContainer());
        }
        if (o instanceof Slot s) {
            return "slot " + s.getIndex() + " of " + of(s.eContainer());
        }
        EObject c = o.eContainer();
        if (c == null) {
            return type(o);
        }
        String feature = o.eContainingFeature().getName();
        if (c instanceof Slot) {
            return type(o) + " in " + of(c);
        }
        return type(o) + " (" + feature + ") of " + of(c);
    }

    private static String type(EObject o) {
        String n = o.eClass().getName();
        return switch (n) {
            case "Gpt" -> "GPT";
            case "Process" -> "process";
            default -> n;
        };
    }
}
