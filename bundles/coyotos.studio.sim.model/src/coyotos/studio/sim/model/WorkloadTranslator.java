package coyotos.studio.sim.model;

import coyotos.studio.model.AccessKind;
import coyotos.studio.model.Compute;
import coyotos.studio.model.Invoke;
import coyotos.studio.model.Loop;
import coyotos.studio.model.Receive;
import coyotos.studio.model.Touch;
import coyotos.studio.model.Workload;
import coyotos.studio.model.Yield;
import coyotos.studio.sim.image.Access;
import coyotos.studio.sim.image.Step;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Workload steps of the model → simulator steps. A step that cannot be translated is reported and left out,
 * never thrown.
 */
final class WorkloadTranslator {
    /**
     * Payload words of an {@link Invoke}: the model does not say, so every invocation carries the four data
     * words of a typical Coyotos IDL call (opcode and three arguments), as the simulator's own IPC example does.
     */
    static final int INVOKE_WORDS = 4;

    private final Problems problems;

    WorkloadTranslator(Problems problems) {
        this.problems = problems;
    }

    /** The program of a process that is not a receiver; a Receive here has no meaning for the simulator. */
    List<Step> program(Workload w) {
        return w == null ? List.of() : steps(w.getSteps());
    }

    /**
     * Without recursion: a file may nest loops thousands deep, so each open loop is a frame on a heap stack and
     * its simulator loop is built when its body is done.
     */
    List<Step> steps(List<coyotos.studio.model.Step> in) {
        Deque<Frame> frames = new ArrayDeque<>();
        Frame top = new Frame(null, in);
        frames.push(top);
        while (!frames.isEmpty()) {
            Frame f = frames.peek();
            if (!f.steps.hasNext()) {
                frames.pop();
                if (f.loop != null) {
                    frames.peek().out.add(new Step.Loop(f.loop.getCount(), f.out));
                }
                continue;
            }
            coyotos.studio.model.Step s = f.steps.next();
            if (s instanceof Loop l) {
                if (l.getCount() < 0) {
                    problems.error(l, "loop count " + l.getCount() + " is negative.");
                } else {
                    frames.push(new Frame(l, l.getSteps()));
                }
                continue;
            }
            Step t = step(s);
            if (t != null) {
                f.out.add(t);
            }
        }
        return top.out;
    }

    /** A body being translated: the model loop it belongs to (null at the top), its steps, what they became. */
    private static final class Frame {
        final Loop loop;
        final Iterator<coyotos.studio.model.Step> steps;
        final List<Step> out = new ArrayList<>();

        Frame(Loop loop, List<coyotos.studio.model.Step> steps) {
            this.loop = loop;
            this.steps = steps.iterator();
        }
    }

    /** Every step but a Loop, which {@link #steps} handles. */
    private Step step(coyotos.studio.model.Step s) {
        return switch (s) {
            case Touch t -> touch(t);
            case Invoke i -> invoke(i);
            case Compute c -> compute(c);
            case Yield y -> new Step.Yield();
            case Receive r -> {
                problems.error(r, "a Receive is only simulated as a receive loop (the process's workload is "
                        + "[Receive, ...] or one Loop whose body holds the Receive); here it is mixed with other work.");
                yield null;
            }
            default -> {
                problems.error(s, "the simulator has no " + s.eClass().getName() + " step.");
                yield null;
            }
        };
    }

    Step.Touch touch(Touch t) {
        if (t.getStride() <= 0 || t.getLength() < 0) {
            problems.error(t, "a touch needs stride > 0 and length >= 0 (stride " + t.getStride() + ", length "
                    + t.getLength() + ").");
            return null;
        }
        return new Step.Touch(t.getStart(), t.getLength(), t.getStride(), access(t.getAccess()));
    }

    private Step invoke(Invoke i) {
        if (i.getRegister() < 0 || i.getRegister() > 31) {
            problems.error(i, "capability register " + i.getRegister() + " is outside 0..31 (§3.1).");
            return null;
        }
        return new Step.Invoke(i.getRegister(), i.isCall(), INVOKE_WORDS);
    }

    private Step compute(Compute c) {
        if (c.getCycles() < 0) {
            problems.error(c, "compute cycles " + c.getCycles() + " are negative.");
            return null;
        }
        return new Step.Compute(c.getCycles());
    }

    static Access access(AccessKind k) {
        return switch (k) {
            case READ -> Access.READ;
            case WRITE -> Access.WRITE;
            case EXECUTE -> Access.EXECUTE;
            case CAP_READ -> Access.CAP_READ;
            case CAP_WRITE -> Access.CAP_WRITE;
        };
    }
}
