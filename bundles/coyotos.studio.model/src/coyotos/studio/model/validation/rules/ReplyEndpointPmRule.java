package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** A reply endpoint without payload match. */
public final class ReplyEndpointPmRule extends AbstractRule {

    public ReplyEndpointPmRule() {
        super("COY-REPLY-ENDPOINT-NO-PM", ERROR, "§5.3 Endpoints: reply endpoints use payload match (pm) so that stale replies are refused");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        Set<Endpoint> done = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Process p : m.processes()) {
            if (ModelIndex.register(p, 1) instanceof EndpointCapability ec && ec.getTarget() != null
                    && done.add(ec.getTarget()) && !ec.getTarget().isPm()) {
                r.report(this, ec.getTarget(), Labels.of(ec.getTarget()) + " is the reply endpoint of " + Labels.of(p)
                        + " but has pm cleared: a stale reply capability could still reach it. Set pm.");
            }
        }
    }
}
