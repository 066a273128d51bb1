package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** A GPT with ha whose l2v lets normal translation select slot 15. */
public final class GptHaBgReachableRule extends AbstractRule {

    public GptHaBgReachableRule() {
        super("COY-GPT-HA-BG-REACHABLE", ERROR, "§4.3 Address Space Composition: with ha, l2v must keep normal translation away from slot 15 (with bg the kernel addresses only slots 0..7, kerninc/GPT.h)");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Gpt g : m.gpts()) {
            // With bg the kernel addresses only slots 0..7 (kerninc/GPT.h), so slots 14 and 15 are never selected.
            if (!g.isHa() || g.isBg()) {
                continue;
            }
            int span = m.spaces().maxSpan(g);
            if (span < 0) {
                continue;
            }
            int reachable = SpaceAnalysis.reachableSlots(g.getL2v(), span);
            if (reachable > 15) {
                r.report(this, g, Labels.of(g) + " has ha set, but addresses reach it with " + span + " bits and l2v "
                        + g.getL2v() + " lets translation select slot 15, which holds the handler's entry capability: "
                        + "such an access faults with MalformedSpace. Reduce the l2g of the capability naming it to at "
                        + "most l2v+3, or raise l2v.");
            }
        }
    }
}
