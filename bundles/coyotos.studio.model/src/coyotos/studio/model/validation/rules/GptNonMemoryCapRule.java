package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** Entry, Endpoint, Process... capabilities in a selectable GPT slot. */
public final class GptNonMemoryCapRule extends AbstractRule {

    public GptNonMemoryCapRule() {
        super("COY-GPT-NONMEMORY-CAP", ERROR, "§4.3.1 Address Translation: a non-memory capability on the path is MalformedSpace");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Gpt g : m.gpts()) {
            int span = m.spaces().maxSpan(g);
            int reachable = Math.min(span < 0 ? 16 : SpaceAnalysis.reachableSlots(g.getL2v(), span),
                    SpaceAnalysis.addressableSlots(g));
            for (Slot s : g.getSlots()) {
                int i = s.getIndex();
                if ((i == 15 && g.isHa()) || (i == 14 && g.isBg()) || i >= reachable) {
                    continue;
                }
                Capability c = s.getCap();
                if (!ModelIndex.isEmpty(c) && !(c instanceof MemoryCapability)) {
                    r.report(this, s, Labels.of(s) + " holds a " + c.eClass().getName() + " where translation expects a "
                            + "memory capability (GPT, Page, CapPage): an access there faults with MalformedSpace. "
                            + "Move it to a process register, or into slot 15 with ha set if it is the memory handler.");
                }
            }
        }
    }
}
