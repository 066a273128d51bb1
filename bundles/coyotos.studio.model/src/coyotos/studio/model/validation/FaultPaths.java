package coyotos.studio.model.validation;

import java.util.ArrayList;
import java.util.List;

import coyotos.studio.model.ActivationHandler;
import coyotos.studio.model.ForwardFault;
import coyotos.studio.model.HandlerAction;
import coyotos.studio.model.MapFreshPage;
import coyotos.studio.model.Process;
import coyotos.studio.model.Region;
import coyotos.studio.model.Touch;

/**
 * Where a fault goes (spec §3.3 and §4.3 "Exception Handling"): the innermost memory handler on the
 * path, else an activation handler responsible for the address (the earlier-draft design), else the
 * process handler. Also samples the addresses a Touch step visits.
 */
public final class FaultPaths {

    /** At most this many addresses are walked per Touch step (evenly spread, last one included). */
    public static final int MAX_SAMPLES = 512;

    private FaultPaths() {
    }

    /** Addresses a Touch step visits, sampled. */
    public static long[] samples(Touch t) {
        return samples(t.getStart(), t.getLength(), t.getStride());
    }

    /** Addresses {@code start, start + stride, ...} below {@code start + length}, at most {@link #MAX_SAMPLES}. */
    public static long[] samples(long start, long length, long stride) {
        stride = Math.max(1, stride);
        length = Math.max(1, length);
        long count = (length + stride - 1) / stride;
        int n = (int) Math.min(count, MAX_SAMPLES);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            // floor((count - 1) * i / (n - 1)) without the overflow of the product for huge lengths
            long d = Math.max(1, n - 1);
            long k = n == count ? i : (count - 1) / d * i + (count - 1) % d * i / d;
            out[i] = start + k * stride;
        }
        return out;
    }

    /** Whether some handler on the fault path of {@code va} in {@code p} could map a page there. */
    public static boolean canFill(Process p, long va, SpaceWalker.Walk walk) {
        if (walk.memoryHandler() != null) {
            return fills(ModelIndex.recipientOf(walk.memoryHandler()));
        }
        ActivationHandler ah = p.getActivationHandler();
        if (ah != null && covers(ah.getHandles(), va) && fillsBy(ah.getActions())) {
            return true;
        }
        return !ModelIndex.isEmpty(p.getHandler()) && fills(ModelIndex.recipientOf(p.getHandler()));
    }

    /** Whether any handler at all receives faults of {@code p} (memory handler anywhere, activation, process). */
    public static boolean anyHandler(ModelIndex m, Process p) {
        return !ModelIndex.isEmpty(p.getHandler()) || p.getActivationHandler() != null
                || m.spaces().hasMemoryHandler(p);
    }

    private static boolean fills(Process handler) {
        return handler != null && fillsBy(handler.getHandlerActions());
    }

    private static boolean fillsBy(List<HandlerAction> actions) {
        for (HandlerAction a : actions) {
            if (a instanceof MapFreshPage || a instanceof ForwardFault) {
                return true;
            }
        }
        return false;
    }

    public static boolean covers(List<Region> regions, long va) {
        for (Region r : regions) {
            if (contains(r, va)) {
                return true;
            }
        }
        return false;
    }

    public static boolean contains(Region r, long va) {
        return r != null && Long.compareUnsigned(va - r.getStart(), r.getSize()) < 0;
    }

    public static boolean overlaps(Region a, Region b) {
        if (a == null || b == null || a.getSize() <= 0 || b.getSize() <= 0) {
            return false;
        }
        return Long.compareUnsigned(a.getStart(), b.getStart() + b.getSize()) < 0
                && Long.compareUnsigned(b.getStart(), a.getStart() + a.getSize()) < 0;
    }

    public static List<Region> overlapping(Region r, List<Region> regions) {
        List<Region> out = new ArrayList<>();
        for (Region x : regions) {
            if (overlaps(r, x)) {
                out.add(x);
            }
        }
        return out;
    }
}
