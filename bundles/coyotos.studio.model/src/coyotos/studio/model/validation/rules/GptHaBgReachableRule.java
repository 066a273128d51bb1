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
        super("COY-GPT-HA-BG-REACHABLE", ERROR, "§4.3 GPT: with ha/bg, l2v must keep normal translation away from slots 15/14");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Gpt g : m.gpts()) {
            if (!g.isHa() && !g.isBg()) {
                continue;
            }
            int span = m.spaces().maxSpan(g);
            if (span < 0) {
                continue;
            }
            int reachable = SpaceAnalysis.reachableSlots(g.getL2v(), span);
            int limit = g.isBg() ? 14 : 15;
            if (reachable > limit) {
                r.report(this, g, Labels.of(g) + " has " + (g.isHa() ? "ha" : "bg") + " set, but addresses reach it with "
                        + span + " bits and l2v " + g.getL2v() + " lets translation select slot " + (reachable - 1)
                        + ". Reduce the l2g of the capability naming it to at most l2v+3, or raise l2v.");
            }
        }
    }
}
