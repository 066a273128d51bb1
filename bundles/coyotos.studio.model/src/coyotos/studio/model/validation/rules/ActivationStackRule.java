package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** An activation handler (what-if) with no stack, or a stack it shares with a region it handles. */
public final class ActivationStackRule extends AbstractRule {

    public ActivationStackRule() {
        super("COY-ACTIVATION-STACK", ERROR, "draft 0.5 §3.3.1 (a what-if, not in spec 0.6) and the seed thread: a handler on a shared stack cannot handle faults in the stack region");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Process p : m.processes()) {
            ActivationHandler ah = p.getActivationHandler();
            if (ah == null) {
                continue;
            }
            if (ah.getStack() == null || ah.getStack().getSize() <= 0) {
                r.report(this, ah, Labels.of(ah) + " of " + Labels.of(p) + " has no stack: it runs on its own stack "
                        + "(and keeps its save area at the top of it). Give it a stack region outside the regions it handles.");
            } else if (!FaultPaths.overlapping(ah.getStack(), ah.getHandles()).isEmpty()) {
                r.report(this, ah, "The stack of " + Labels.of(ah) + " of " + Labels.of(p) + " lies in a region it "
                        + "handles: it shares the stack it is asked to grow, so a fault in the stack region is "
                        + "unrecoverable in-process (its own push faults while activated and goes to the process "
                        + "handler, or stops the process when there is none). Give it a stack of its own.");
            }
        }
    }
}
