package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** A filled slot that no address selects, given the widest span any path gives the GPT (and, with bg, the kernel's half of the slots). */
public final class GptSlotUnreachableRule extends AbstractRule {

    public GptSlotUnreachableRule() {
        super("COY-GPT-SLOT-UNREACHABLE", WARNING, "§4.3.1 Translation Algorithm: slot u = va >> l2v must be selectable; with bg the 2007 kernel addresses only slots 0..7 (kerninc/GPT.h:41-44) where spec 0.6 reserves only slot 14");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Gpt g : m.gpts()) {
            int span = m.spaces().maxSpan(g);
            if (span < 0) {
                continue;
            }
            int bySpan = SpaceAnalysis.reachableSlots(g.getL2v(), span);
            int reachable = Math.min(bySpan, SpaceAnalysis.addressableSlots(g));
            for (Slot s : g.getSlots()) {
                int i = s.getIndex();
                boolean special = (i == 15 && g.isHa()) || (i == 14 && g.isBg());
                if (special || i < reachable || i >= 16 || ModelIndex.isEmpty(s.getCap())) {
                    continue;
                }
                if (i < bySpan) {
                    r.report(this, s, Labels.of(s) + " is filled, but " + Labels.of(g) + " has bg set, and the 2007 "
                            + "kernel then addresses only slots 0..7 (kerninc/GPT.h) where spec 0.6 reserves only slot 14: "
                            + "no address reaches this slot. Move the capability below slot 8, or clear bg.");
                } else {
                    r.report(this, s, Labels.of(s) + " is filled, but every path reaches " + Labels.of(g)
                            + " with " + span + " address bits, so only slots 0.." + (reachable - 1)
                            + " are selectable. Move the capability to a lower slot, or widen the guard (l2g) of the "
                            + "capability that names the GPT.");
                }
            }
        }
    }
}
