package coyotos.studio.sweep.result;

import coyotos.studio.sim.result.CostCategory;
import coyotos.studio.sim.result.MemoryKind;
import coyotos.studio.sim.result.RunResult;
import java.util.List;

/**
 * What one point of a sweep produced: the run's figures (the single-run report's, minus the per-process
 * detail), or why there are none. Arrays are in {@link CostCategory}, {@link #FAULTS} and {@link MemoryKind} order.
 *
 * @param termination the run's termination ({@code COMPLETED}, {@code CYCLE_LIMIT}, ...), or {@link #FAILED}
 * @param message     why a run did not complete or a point could not be built, else null
 * @param notes       what the point's transformations did (shown with the point)
 */
public record PointResult(long index, List<String> values, String profile, String termination, String message,
        long totalCycles, long[] categories, long[] faults, long[] memory, long events, String digest,
        List<String> notes) {

    public static final String FAILED = "FAILED";
    public static final String COMPLETED = "COMPLETED";
    /** Keys of {@link #faults()}, as the single-run report names them. */
    public static final List<String> FAULTS = List.of("raised", "delivered", "resolved", "fatal", "escalated");

    public PointResult {
        values = List.copyOf(values);
        notes = List.copyOf(notes);
    }

    public static PointResult of(long index, List<String> values, RunResult r, List<String> notes) {
        long[] cats = new long[CostCategory.COUNT];
        for (CostCategory c : CostCategory.values()) {
            cats[c.ordinal()] = r.categories().get(c);
        }
        long[] mem = new long[MemoryKind.values().length];
        for (MemoryKind k : MemoryKind.values()) {
            mem[k.ordinal()] = r.memory().get(k);
        }
        long[] faults = { r.faults().raised(), r.faults().delivered(), r.faults().resolved(), r.faults().fatal(),
                r.faults().escalated() };
        return new PointResult(index, values, r.profile(), r.termination().name(), r.diagnosis(), r.totalCycles(),
                cats, faults, mem, r.events(), r.digestHex(), notes);
    }

    public static PointResult failed(long index, List<String> values, String message, List<String> notes) {
        return new PointResult(index, values, null, FAILED, message, 0, new long[CostCategory.COUNT],
                new long[FAULTS.size()], new long[MemoryKind.values().length], 0, null, notes);
    }

    public boolean failed() {
        return FAILED.equals(termination);
    }

    public long category(CostCategory c) {
        return categories[c.ordinal()];
    }

    public long memory(MemoryKind k) {
        return memory[k.ordinal()];
    }

    public long memoryTotal() {
        long t = 0;
        for (long m : memory) {
            t += m;
        }
        return t;
    }

    public long fault(String key) {
        return faults[FAULTS.indexOf(key)];
    }

    public long raised() {
        return faults[0];
    }
}
