package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.Capability;
import coyotos.studio.model.EntryCapability;
import coyotos.studio.model.Gpt;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.AbstractRule;
import coyotos.studio.model.validation.Labels;
import coyotos.studio.model.validation.ModelIndex;
import coyotos.studio.model.validation.Reporter;

/**
 * A fault handler (handler slot, or slot 15 of a GPT with ha) reached through an entry capability to a pm
 * endpoint: the kernel increments the endpoint's payload after the first fault message, so the second upcall
 * behaves as if Null were invoked and the faulted process silently stops.
 */
public final class HandlerPmEndpointRule extends AbstractRule {

    public HandlerPmEndpointRule() {
        super("COY-HANDLER-PM-ENDPOINT", WARNING, "§5.3 Endpoints and kern_Process.c proc_do_upcall: a pm endpoint's "
                + "payload moves on after each message, fault upcalls included");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Process p : m.processes()) {
            check(r, p.getHandler(), p, "the handler slot of " + Labels.of(p));
        }
        for (Gpt g : m.gpts()) {
            if (g.isHa()) {
                check(r, m.slot(g, 15), g, "slot 15 of " + Labels.of(g));
            }
        }
    }

    private void check(Reporter r, Capability c, EObject owner, String where) {
        if (c instanceof EntryCapability e && e.getTarget() != null && !e.getTarget().eIsProxy() && e.getTarget().isPm()) {
            r.report(this, e, "The fault handler in " + where + " is reached through " + Labels.of(e.getTarget())
                    + ", which has pm set: after the first fault message its payload no longer matches this "
                    + "capability, so the next fault finds no handler and the process silently stops. Use an "
                    + "endpoint without pm for fault handlers (pm is for reply endpoints).");
        }
    }
}
