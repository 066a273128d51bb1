package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** An entry capability (handler slot, slot 15, register) names an endpoint whose recipient never receives. */
public final class EndpointNeverReceivesRule extends AbstractRule {

    public EndpointNeverReceivesRule() {
        super("COY-ENDPOINT-NEVER-RECEIVES", ERROR, "§5.3 Endpoints: a message waits until the recipient is in a receive wait (§3.3.1 for fault messages)");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        Set<Endpoint> done = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Capability c : m.capabilities()) {
            if (!(c instanceof EntryCapability e) || e.getTarget() == null || e.getTarget().eIsProxy()
                    || !done.add(e.getTarget())) {
                continue;
            }
            Endpoint ep = e.getTarget();
            Process rcv = ep.getRecipient();
            if (rcv == null) {
                r.report(this, ep, Labels.of(ep) + " is named by " + Labels.of(e) + " but has no recipient: every "
                        + "message sent to it waits forever. Set its recipient process.");
            } else if (!m.receives(rcv)) {
                r.report(this, ep, Labels.of(ep) + " is named by " + Labels.of(e) + " but its recipient " + Labels.of(rcv)
                        + " never waits to receive. Give the recipient a Receive step, handler actions, or run state RECEIVING.");
            }
        }
    }
}
