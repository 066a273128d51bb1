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
        super("COY-ACTIVATION-STACK", ERROR, "§3.3 Exception Handling, activation design of earlier drafts: a fault on the handler stack cannot be taken by the handler");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Process p : m.processes()) {
            ActivationHandler ah = p.getActivationHandler();
            if (ah == null) {
                continue;
            }
            if (ah.getStack() == null || ah.getStack().getSize() <= 0) {
                r.report(this, ah, Labels.of(ah) + " of " + Labels.of(p) + " has no stack: it runs on its own stack. "
                        + "Give it a stack region outside the regions it handles.");
            } else if (!FaultPaths.overlapping(ah.getStack(), ah.getHandles()).isEmpty()) {
                r.report(this, ah, "The stack of " + Labels.of(ah) + " of " + Labels.of(p) + " lies in a region it "
                        + "handles: a fault on its own stack would be delivered to itself. Move the stack out, "
                        + "or drop that region from the handled ones.");
            }
        }
    }
}
