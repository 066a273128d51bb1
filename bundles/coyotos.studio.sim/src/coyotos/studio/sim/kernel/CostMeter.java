package coyotos.studio.sim.kernel;

import coyotos.studio.sim.result.CategoryCycles;
import coyotos.studio.sim.result.CostCategory;

/**
 * The simulated clock (single CPU for now) and cycles per process per category. The clock only moves by
 * charging, so the categories always add up to the total. Both saturate at {@link Long#MAX_VALUE} rather
 * than wrap to negative totals that would slip under the cycle limit.
 */
final class CostMeter {
    static final int USER = CostCategory.USER.ordinal();
    static final int RING = CostCategory.RING_TRANSITION.ordinal();
    static final int SWITCH = CostCategory.ADDRESS_SPACE_SWITCH.ordinal();
    static final int TLB = CostCategory.TLB_REFILL.ordinal();
    static final int PT_BUILD = CostCategory.PAGE_TABLE_BUILD.ordinal();
    static final int KERNEL = CostCategory.KERNEL_PATH.ordinal();
    static final int IPC = CostCategory.IPC.ordinal();
    static final int HANDLER = CostCategory.HANDLER.ordinal();
    private static final int N = CostCategory.COUNT;

    private final long[] cycles;
    long now;

    CostMeter(int processes) {
        cycles = new long[Math.max(1, processes) * N];
    }

    void charge(int process, int category, long c) {
        now = CategoryCycles.add(now, c);
        int i = process * N + category;
        cycles[i] = CategoryCycles.add(cycles[i], c);
    }

    /** Everything charged to one process. */
    long total(int process) {
        long t = 0;
        for (int i = process * N, end = i + N; i < end; i++) {
            t = CategoryCycles.add(t, cycles[i]);
        }
        return t;
    }

    long[] of(int process) {
        long[] r = new long[N];
        System.arraycopy(cycles, process * N, r, 0, N);
        return r;
    }
}
