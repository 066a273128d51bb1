package coyotos.studio.model.validation.rules;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import coyotos.studio.model.Process;
import coyotos.studio.model.validation.AbstractRule;
import coyotos.studio.model.validation.Labels;
import coyotos.studio.model.validation.ModelIndex;
import coyotos.studio.model.validation.Reporter;

/**
 * A process that is (transitively) its own handler's handler. Each process has at most one handler process, so
 * the handler relation is a functional graph: one pass that follows each chain until it meets a process already
 * seen finds every cycle in time linear in the number of processes.
 */
public final class HandlerMutualRule extends AbstractRule {

    /** Handlers named in a message before the rest of a long cycle is counted instead. */
    static final int CHAIN_SHOWN = 6;

    public HandlerMutualRule() {
        super("COY-HANDLER-MUTUAL", ERROR, "§3.3.1 Exception Delivery: a handler handled (transitively) by its own client deadlocks on a double fault");
    }

    @Override
    public void check(ModelIndex m, Reporter r) {
        Map<Process, List<Process>> cycleOf = new IdentityHashMap<>();
        Map<Process, Integer> positionInCycle = new IdentityHashMap<>();
        Map<Process, Boolean> done = new IdentityHashMap<>();
        for (Process start : m.processes()) {
            Map<Process, Integer> onPath = new IdentityHashMap<>();
            List<Process> path = new ArrayList<>();
            Process p = start;
            while (p != null && !done.containsKey(p) && !onPath.containsKey(p)) {
                onPath.put(p, path.size());
                path.add(p);
                p = handlerOf(p);
            }
            if (p != null && onPath.containsKey(p)) {
                List<Process> cycle = path.subList(onPath.get(p), path.size());
                for (int i = 0; i < cycle.size(); i++) {
                    cycleOf.put(cycle.get(i), cycle);
                    positionInCycle.put(cycle.get(i), i);
                }
            }
            for (Process q : path) {
                done.put(q, Boolean.TRUE);
            }
        }
        for (Process p : m.processes()) {
            List<Process> cycle = cycleOf.get(p);
            if (cycle != null) {
                r.report(this, p, Labels.of(p) + " is handled by " + chain(positionInCycle.get(p), cycle) + ": if the handler faults while "
                        + "handling, both wait on each other. Give the handler a handler outside this chain (or none).");
            }
        }
    }

    /** "h1 -> h2 -> ... -> p", following the cycle from the handler of its {@code at}-th process back to it; long cycles are shortened. */
    private static String chain(int at, List<Process> cycle) {
        int n = cycle.size();
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            if (i <= CHAIN_SHOWN || i == n) {
                labels.add(Labels.of(cycle.get((at + i) % n)));
            } else if (i == CHAIN_SHOWN + 1) {
                labels.add("... (" + String.format("%,d", n - CHAIN_SHOWN - 1) + " more)");
            }
        }
        return String.join(" -> ", labels);
    }

    private static Process handlerOf(Process p) {
        return ModelIndex.isEmpty(p.getHandler()) ? null : ModelIndex.recipientOf(p.getHandler());
    }
}
