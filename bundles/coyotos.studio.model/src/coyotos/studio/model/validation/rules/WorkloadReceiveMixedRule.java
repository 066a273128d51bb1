package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;

import coyotos.studio.model.Process;
import coyotos.studio.model.validation.AbstractRule;
import coyotos.studio.model.validation.Labels;
import coyotos.studio.model.validation.ModelIndex;
import coyotos.studio.model.validation.ReceiveLoops;
import coyotos.studio.model.validation.Reporter;

/** A workload that mixes a Receive with other work: it would run as a server and silently drop that work. */
public final class WorkloadReceiveMixedRule extends AbstractRule {

    public WorkloadReceiveMixedRule() {
        super("COY-WORKLOAD-RECEIVE-MIXED", ERROR, "§5 Invocation and §3.3: a receiver waits, handles one message, "
                + "replies and waits again; its workload is [Receive, work...] or one Loop around that");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        for (Process p : m.processes()) {
            if (p.getWorkload() == null) {
                continue;
            }
            String problem = ReceiveLoops.problem(p.getWorkload());
            if (problem != null) {
                r.report(this, p.getWorkload(), "The workload of " + Labels.of(p) + " " + problem + ". A process with "
                        + "a Receive is a receiver: only the work after its Receive runs, once per message. Move the "
                        + "other steps to a process of their own, or remove the Receive.");
            }
        }
    }
}
