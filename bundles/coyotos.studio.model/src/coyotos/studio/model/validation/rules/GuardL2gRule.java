package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** l2g that cuts into the page offset or the slot-index bits of the target GPT. */
public final class GuardL2gRule extends AbstractRule {

    public GuardL2gRule() {
        super("COY-GUARD-L2G-INCONSISTENT", ERROR, "§2.1.1 Capabilities to Memory Objects (l2g invariants) and §4.3.1 Translation Algorithm");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Capability c : m.capabilities()) {
            if (!(c instanceof MemoryCapability mc)) {
                continue;
            }
            int l2g = mc.getL2g();
            MemoryObject t = mc.getTargetObject();
            if (l2g < 0 || l2g > 64) {
                r.report(this, mc, Labels.of(mc) + " has l2g " + l2g + ": set it between 0 and 64.");
            } else if ((t instanceof Page || t instanceof CapPage) && l2g < ModelIndex.PAGE_BITS) {
                r.report(this, mc, Labels.of(mc) + " has l2g " + l2g + " below the page size (" + ModelIndex.PAGE_BITS
                        + " bits): the guard overlaps the page offset. Set l2g to at least " + ModelIndex.PAGE_BITS + ".");
            } else if (t instanceof Gpt g && l2g < g.getL2v()) {
                r.report(this, mc, Labels.of(mc) + " has l2g " + l2g + " below the l2v " + g.getL2v() + " of "
                        + Labels.of(g) + ": the guard overlaps the slot-index bits, so only part of slot 0 is "
                        + "reachable. Set l2g to at least l2v.");
            }
        }
    }
}
