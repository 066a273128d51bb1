package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** Slot index outside the object, or two slots with one index. */
public final class SlotIndexRule extends AbstractRule {

    public SlotIndexRule() {
        super("COY-SLOT-INDEX", ERROR, "§4.3 Address Space Composition (16 GPT slots) and §4.2 Pages and Capability Pages (256 capabilities of 16 bytes)");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (EObject o : m.all()) {
            List<Slot> slots = o instanceof Gpt g ? g.getSlots() : o instanceof CapPage cp ? cp.getSlots() : null;
            if (slots == null) {
                continue;
            }
            int limit = o instanceof Gpt ? 16 : 256;
            Set<Integer> seen = new HashSet<>();
            for (Slot s : slots) {
                if (s.getIndex() < 0 || s.getIndex() >= limit) {
                    r.report(this, s, "Slot index " + s.getIndex() + " of " + Labels.of(o) + " is outside 0.." + (limit - 1)
                            + ". Use an index in range.");
                } else if (!seen.add(s.getIndex())) {
                    r.report(this, s, Labels.of(o) + " defines slot " + s.getIndex() + " twice. Remove one.");
                }
            }
        }
    }
}
