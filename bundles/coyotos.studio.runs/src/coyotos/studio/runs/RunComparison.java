package coyotos.studio.runs;

import java.util.ArrayList;
import java.util.List;

import coyotos.studio.sim.result.CostCategory;

/** Two runs side by side, category by category: what the Compare view shows and tests assert on. */
public final class RunComparison {

    /** One row: cycles in each run, their difference (b - a) and ratio (b / a; NaN when a is 0). */
    public record Row(String what, double a, double b) {
        public double difference() {
            return b - a;
        }

        public double ratio() {
            return a == 0 ? Double.NaN : b / a;
        }
    }

    private RunComparison() {
    }

    /** Per category, then total cycles, then cycles per fault. */
    public static List<Row> rows(RunRecord a, RunRecord b) {
        List<Row> rows = new ArrayList<>();
        for (CostCategory c : CostCategory.values()) {
            rows.add(new Row(c.key(), a.category(c), b.category(c)));
        }
        rows.add(new Row("TOTAL", a.totalCycles(), b.totalCycles()));
        rows.add(new Row("faults raised", a.fault("raised"), b.fault("raised")));
        double perFaultA = a.fault("raised") == 0 ? 0 : (double) (a.totalCycles()) / a.fault("raised");
        double perFaultB = b.fault("raised") == 0 ? 0 : (double) (b.totalCycles()) / b.fault("raised");
        rows.add(new Row("cycles per fault", perFaultA, perFaultB));
        rows.add(new Row("memory bytes", a.memoryTotal(), b.memoryTotal()));
        return rows;
    }
}
