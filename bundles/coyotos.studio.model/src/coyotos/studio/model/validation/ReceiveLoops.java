package coyotos.studio.model.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import coyotos.studio.model.Compute;
import coyotos.studio.model.Invoke;
import coyotos.studio.model.Loop;
import coyotos.studio.model.Receive;
import coyotos.studio.model.Step;
import coyotos.studio.model.Touch;
import coyotos.studio.model.Workload;
import coyotos.studio.model.Yield;

/**
 * The one shape a receiver's workload may have: {@code [Receive, work...]}, or one {@code Loop} around exactly
 * that, where the work is Touch, Compute, Yield or Invoke steps. "Wait, handle, reply, wait again" (spec §5,
 * §3.3 for fault messages): the work after the Receive is what the receiver does per message. The validation rule
 * and the simulator's translation both ask here, so a workload the rule accepts is one the simulator runs as
 * written.
 */
public final class ReceiveLoops {

    private ReceiveLoops() {
    }

    /** Whether a Receive occurs anywhere in the steps, loops included (without recursion). */
    public static boolean containsReceive(List<Step> steps) {
        Deque<List<Step>> todo = new ArrayDeque<>();
        todo.push(steps);
        while (!todo.isEmpty()) {
            for (Step s : todo.pop()) {
                if (s instanceof Receive) {
                    return true;
                }
                if (s instanceof Loop l) {
                    todo.push(l.getSteps());
                }
            }
        }
        return false;
    }

    /** The per-message body (the steps from the Receive on) when {@code w} has the receive-loop shape, else null. */
    public static List<Step> body(Workload w) {
        List<Step> steps = w.getSteps();
        List<Step> body = steps.size() == 1 && steps.get(0) instanceof Loop l ? l.getSteps() : steps;
        return problem(w) == null && !body.isEmpty() ? body : null;
    }

    /**
     * What is wrong with a workload that holds a Receive (null when it has the receive-loop shape, or holds no
     * Receive at all). The text completes "the workload of process 'x' ...".
     */
    public static String problem(Workload w) {
        List<Step> steps = w.getSteps();
        if (!containsReceive(steps)) {
            return null;
        }
        List<Step> body = steps.size() == 1 && steps.get(0) instanceof Loop l ? l.getSteps() : steps;
        if (body.isEmpty() || !(body.get(0) instanceof Receive)) {
            return "has steps before its Receive (or the Receive is nested in an inner loop)";
        }
        for (Step s : body.subList(1, body.size())) {
            if (s instanceof Receive) {
                return "has more than one Receive in its receive loop";
            }
            if (!(s instanceof Touch || s instanceof Compute || s instanceof Yield || s instanceof Invoke)) {
                return "has a " + s.eClass().getName() + " step in its receive loop, where only Touch, Compute, "
                        + "Yield and Invoke steps are the work done per message";
            }
        }
        return null;
    }
}
