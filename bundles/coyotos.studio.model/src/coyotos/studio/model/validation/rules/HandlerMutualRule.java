package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;

import java.util.*;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.*;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.*;

/** The chain of process handlers returns to the process. */
public final class HandlerMutualRule extends AbstractRule {

    public HandlerMutualRule() {
        super("COY-HANDLER-MUTUAL", ERROR, "§3.3.1 Exception Delivery: a handler handled (transitively) by its own client deadlocks on a double fault");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Process p : m.processes()) {
            Set<Process> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            Process h = handlerOf(p);
            List<String> chain = new ArrayList<>();
            while (h != null && seen.add(h)) {
                chain.add(Labels.of(h));
                if (h == p) {
                    r.report(this, p, Labels.of(p) + " is handled by " + String.join(" -> ", chain)
                            + ": if the handler faults while handling, both wait on each other. Give the handler a "
                            + "handler outside this chain (or none).");
                    break;
                }
                h = handlerOf(h);
            }
        }
    }

    private static Process handlerOf(Process p) {
        return ModelIndex.isEmpty(p.getHandler()) ? null : ModelIndex.recipientOf(p.getHandler());
    }
}
