package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** An activation handler (what-if) whose code lies in a region it handles. */
public final class ActivationCodeRule extends AbstractRule {

    public ActivationCodeRule() {
        super("COY-ACTIVATION-CODE", ERROR, "draft 0.5 §3.3.1 Exception Delivery (a what-if, not in spec 0.6): a fault taken while activated goes to the external handler, never to the handler itself");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Process p : m.processes()) {
            ActivationHandler ah = p.getActivationHandler();
            if (ah == null) {
                continue;
            }
            boolean bad = ah.getCode() != null && !FaultPaths.overlapping(ah.getCode(), ah.getHandles()).isEmpty()
                    || FaultPaths.covers(ah.getHandles(), ah.getEntryPC());
            if (bad) {
                r.report(this, ah, "The code of " + Labels.of(ah) + " lies in a region it "
                        + "handles: a fault fetching its own instructions would be delivered to itself. Move the "
                        + "code (and entry PC) out, or drop that region from the handled ones.");
            }
        }
    }
}
