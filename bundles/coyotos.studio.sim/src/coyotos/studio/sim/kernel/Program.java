package coyotos.studio.sim.kernel;

import coyotos.studio.sim.image.Access;
import coyotos.studio.sim.image.ActivationConfig;
import coyotos.studio.sim.image.Page;
import coyotos.studio.sim.image.Region;
import coyotos.studio.sim.image.ServerBehavior;
import coyotos.studio.sim.image.Step;
import coyotos.studio.sim.image.Workload;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * A program flattened into parallel primitive arrays so the interpreter's inner loop touches no objects.
 * Loops become LOOP (a = count, b = index of its END_LOOP) and END_LOOP (a = index of its LOOP).
 *
 * <p>Three kinds of program run on the interpreter: a workload, a server's per-message work (touches, compute,
 * then SERVE: act on the message, reply or resume, receive again) and an activation handler's upcall (touch its
 * code and stack, compute, ACT_REPAIR, ACT_RETURN). So a handler's own references are ordinary references of a
 * process: when they fault, the fault goes to that process's handlers.
 */
final class Program {
    static final byte TOUCH = 0, STREAM = 1, RANDOM = 2, INVOKE = 3, COMPUTE = 4, YIELD = 5, LOOP = 6,
            END_LOOP = 7, END = 8, SERVE = 9, ACT_REPAIR = 10, ACT_RETURN = 11;

    byte[] op = new byte[8];
    long[] a = new long[8];
    long[] b = new long[8];
    long[] c = new long[8];
    long[] d = new long[8];
    /** Access ordinal for memory steps; call flag for INVOKE. */
    int[] e = new int[8];
    /** The workload step each op came from (a LOOP and its END_LOOP: the loop), null for ops the kernel adds. */
    Step[] origin = new Step[8];
    int length;
    int maxLoopDepth;

    static Program compile(Workload w) {
        Program p = new Program();
        p.emit(w.steps());
        p.add(END, 0, 0, 0, 0, 0);
        return p;
    }

    /** A server's work per message, ending in SERVE. */
    static Program server(ServerBehavior s) {
        Program p = new Program();
        p.emit(List.copyOf(s.perMessage()));
        if (s.computeCycles() > 0) {
            p.add(COMPUTE, s.computeCycles(), 0, 0, 0, 0);
        }
        p.add(SERVE, 0, 0, 0, 0, 0);
        return p;
    }

    /** An activation handler's upcall: its code and stack pages, its computation, the repair, the return. */
    static Program activation(ActivationConfig a) {
        Program p = new Program();
        touchPages(p, a.code(), Access.EXECUTE);
        touchPages(p, a.stack(), Access.WRITE);
        if (a.computeCycles() > 0) {
            p.add(COMPUTE, a.computeCycles(), 0, 0, 0, 0);
        }
        p.add(ACT_REPAIR, 0, 0, 0, 0, 0);
        p.add(ACT_RETURN, 0, 0, 0, 0, 0);
        return p;
    }

    private static void touchPages(Program p, Region r, Access access) {
        if (r.length() > 0) {
            p.add(TOUCH, r.start(), r.length(), Page.SIZE, 0, access.ordinal());
        }
    }

    /** Without recursion: loops may nest as deep as a model file says, so the nesting lives on a heap stack. */
    private void emit(List<? extends Step> steps) {
        Deque<Iterator<? extends Step>> bodies = new ArrayDeque<>();
        Deque<Integer> loopStarts = new ArrayDeque<>();
        bodies.push(steps.iterator());
        while (!bodies.isEmpty()) {
            Iterator<? extends Step> it = bodies.peek();
            if (!it.hasNext()) {
                bodies.pop();
                if (!loopStarts.isEmpty()) {
                    int begin = loopStarts.pop();
                    int end = add(END_LOOP, begin, 0, 0, 0, 0);
                    b[begin] = end;
                    origin[end] = origin[begin];
                }
                continue;
            }
            Step s = it.next();
            int at = length;
            switch (s) {
                case Step.Touch t -> add(TOUCH, t.start(), t.length(), t.stride(), 0, t.access().ordinal());
                case Step.Stream t -> add(STREAM, t.start(), t.regionLength(), t.stride(), t.chunkLength(),
                        t.access().ordinal());
                case Step.RandomTouch t -> add(RANDOM, t.start(), t.length(), 0, t.count(), t.access().ordinal());
                case Step.Invoke i -> add(INVOKE, i.capRegister(), i.words(), 0, 0, i.call() ? 1 : 0);
                case Step.Compute k -> add(COMPUTE, k.cycles(), 0, 0, 0, 0);
                case Step.Yield y -> add(YIELD, 0, 0, 0, 0, 0);
                case Step.Loop l -> {
                    loopStarts.push(add(LOOP, l.times(), 0, 0, 0, 0));
                    bodies.push(l.body().iterator());
                    maxLoopDepth = Math.max(maxLoopDepth, loopStarts.size());
                }
            }
            origin[at] = s;
        }
    }

    private int add(byte o, long va, long vb, long vc, long vd, int ve) {
        if (length == op.length) {
            int n = length * 2;
            op = Arrays.copyOf(op, n);
            a = Arrays.copyOf(a, n);
            b = Arrays.copyOf(b, n);
            c = Arrays.copyOf(c, n);
            d = Arrays.copyOf(d, n);
            e = Arrays.copyOf(e, n);
            origin = Arrays.copyOf(origin, n);
        }
        op[length] = o;
        a[length] = va;
        b[length] = vb;
        c[length] = vc;
        d[length] = vd;
        e[length] = ve;
        return length++;
    }
}
