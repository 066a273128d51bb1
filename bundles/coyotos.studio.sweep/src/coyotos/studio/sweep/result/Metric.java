package coyotos.studio.sweep.result;

import coyotos.studio.sim.result.CostCategory;
import coyotos.studio.sim.result.MemoryKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A figure of a point that a table column shows and a chart plots against an axis. The keys are those of the
 * single-run report where one exists ({@code totalCycles}, {@code categories.USER}, {@code memory.DATA_PAGES}),
 * so a CSV column and a JSON path read the same.
 *
 * @param unit {@code cycles}, {@code bytes} or {@code count}: how the value is printed
 */
public record Metric(String key, String label, String unit, ToDoubleFunction<PointResult> value) {

    public static final String CYCLES = "cycles";
    public static final String BYTES = "bytes";
    public static final String COUNT = "count";

    /** Every metric, in the order tables show them. */
    public static final List<Metric> ALL = all();

    private static List<Metric> all() {
        List<Metric> m = new ArrayList<>();
        m.add(new Metric("totalCycles", "Total cycles", CYCLES, p -> p.totalCycles()));
        m.add(new Metric("perFault.overhead", "Overhead cycles per fault", CYCLES,
                p -> perFault(p, p.totalCycles() - p.category(CostCategory.USER))));
        for (CostCategory c : CostCategory.values()) {
            m.add(new Metric("perFault." + c.key(), c.key() + " cycles per fault", CYCLES, p -> perFault(p, p.category(c))));
        }
        for (CostCategory c : CostCategory.values()) {
            m.add(new Metric("categories." + c.key(), c.key() + " cycles", CYCLES, p -> p.category(c)));
        }
        for (String f : PointResult.FAULTS) {
            m.add(new Metric("faults." + f, "Faults " + f, COUNT, p -> p.fault(f)));
        }
        m.add(new Metric("memory.total", "Memory, total bytes", BYTES, p -> p.memoryTotal()));
        for (MemoryKind k : MemoryKind.values()) {
            m.add(new Metric("memory." + k.name(), "Memory " + k.name() + " bytes", BYTES, p -> p.memory(k)));
        }
        m.add(new Metric("events", "Simulated events", COUNT, p -> p.events()));
        return List.copyOf(m);
    }

    /** Cycles per fault raised; NaN when nothing faulted (a chart leaves a gap, a table a dash). */
    private static double perFault(PointResult p, long cycles) {
        return p.raised() == 0 ? Double.NaN : (double) cycles / p.raised();
    }

    public static Metric of(String key) {
        for (Metric m : ALL) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        return null;
    }

    /** The value at a point; NaN for a point that has no figures. */
    public double at(PointResult p) {
        return p.failed() ? Double.NaN : value.applyAsDouble(p);
    }

    @Override
    public String toString() {
        return key;
    }
}
