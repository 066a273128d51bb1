package coyotos.studio.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.CapRegister;
import coyotos.studio.model.NamedElement;
import coyotos.studio.model.Slot;

/**
 * Names elements in messages the way a modeller finds them in the tree: a named element by its type and name,
 * an unnamed one by its place under the nearest named one ("Touch (steps) of Workload (workload) of process
 * 'app'"). Deep nesting (loops in loops) is walked without recursion, and the middle of a long path is counted
 * rather than spelled out.
 */
public final class Labels {

    /** Path segments kept at each end of a long path. */
    static final int ENDS = 3;

    private Labels() {
    }

    public static String of(EObject o) {
        if (o == null) {
            return "(nothing)";
        }
        // each segment but the last ends with the word that joins it to the next (" of ", " in ")
        List<String> segments = new ArrayList<>();
        EObject cur = o;
        while (true) {
            if (cur == null) {
                segments.add("(nothing)");
                break;
            }
            if (cur instanceof NamedElement n && n.getName() != null && !n.getName().isEmpty()) {
                segments.add(type(cur) + " '" + n.getName() + "'");
                break;
            }
            if (cur instanceof CapRegister r) {
                segments.add("register " + r.getIndex() + " (" + r.getRole() + ") of ");
            } else if (cur instanceof Slot s) {
                segments.add("slot " + s.getIndex() + " of ");
            } else if (cur.eContainer() == null) {
                segments.add(type(cur));
                break;
            } else if (cur.eContainer() instanceof Slot) {
                segments.add(type(cur) + " in ");
            } else {
                segments.add(type(cur) + " (" + cur.eContainingFeature().getName() + ") of ");
            }
            cur = cur.eContainer();
        }
        StringBuilder sb = new StringBuilder();
        int n = segments.size();
        for (int i = 0; i < n; i++) {
            if (i < ENDS || i >= n - ENDS) {
                sb.append(segments.get(i));
            } else if (i == ENDS) {
                sb.append("... (").append(String.format("%,d", n - 2 * ENDS)).append(" levels) ... of ");
            }
        }
        return sb.toString();
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
