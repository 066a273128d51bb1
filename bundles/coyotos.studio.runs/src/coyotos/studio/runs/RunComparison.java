package coyotos.studio.runs;

import java.util.ArrayList;
import java.util.List;

import coyotos.studio.sim.result.CostCategory;

/** Two runs side by side, category by category: what the Compare view shows and tests assert on. */
public final class RunComparison {

    public static final List<String> COLUMNS = List.of("Category", "A", "B", "B - A", "B / A");
    public static final String TOTAL = "Total";

    /** One row: cycles in each run, their difference (b - a) and ratio (b / a; NaN when a is 0). */
    public record Row(String what, double a, double b) {
        public double difference() {
            return b - a;
        }

        public double ratio() {
            return a == 0 ? Double.NaN : b / a;
        }

        /** The row as the view prints it, in {@link #COLUMNS} order; a growth carries its "+". */
        public List<String> cells() {
            return List.of(what, CycleFormat.count(a), CycleFormat.count(b),
                    (difference() > 0 ? "+" : "") + CycleFormat.count(difference()), CycleFormat.ratio(ratio()));
        }
    }

    private RunComparison() {
    }

    /** Per category (by its label), then total cycles, faults raised, cycles per fault and memory. */
    public static List<Row> rows(RunRecord a, RunRecord b) {
        List<Row> rows = new ArrayList<>();
        for (CostCategory c : CostCategory.values()) {
            rows.add(new Row(c.label(), a.category(c), b.category(c)));
        }
        rows.add(new Row(TOTAL, a.totalCycles(), b.totalCycles()));
        rows.add(new Row("Faults raised", a.fault(FaultKind.RAISED), b.fault(FaultKind.RAISED)));
        rows.add(new Row("Cycles per fault", a.perFault(a.totalCycles()), b.perFault(b.totalCycles())));
        rows.add(new Row("Memory (bytes)", a.memoryTotal(), b.memoryTotal()));
        return rows;
    }
}
