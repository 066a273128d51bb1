package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** Two processes name one endpoint as their reply endpoint. */
public final class ReplyEndpointSharedRule extends AbstractRule {

    public ReplyEndpointSharedRule() {
        super("COY-REPLY-ENDPOINT-SHARED", ERROR, "§5.3 Endpoints, reply endpoints (RunTime.mki register 1): one reply endpoint per process");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        Map<Endpoint, List<Process>> holders = new IdentityHashMap<>();
        for (Process p : m.processes()) {
            if (ModelIndex.register(p, 1) instanceof EndpointCapability ec && ec.getTarget() != null) {
                ModelIndex.group(holders, ec.getTarget(), p);
            }
        }
        for (Map.Entry<Endpoint, List<Process>> e : holders.entrySet()) {
            if (e.getValue().size() > 1) {
                List<String> names = new ArrayList<>();
                e.getValue().forEach(p -> names.add(Labels.of(p)));
                r.report(this, e.getKey(), Labels.of(e.getKey()) + " is the reply endpoint of " + String.join(" and ", names)
                        + ": replies for one would wake the other. Give each process its own reply endpoint.");
            }
        }
    }
}
