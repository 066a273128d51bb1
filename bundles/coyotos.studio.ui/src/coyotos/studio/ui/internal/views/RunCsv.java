package coyotos.studio.ui.internal.views;

import coyotos.studio.runs.RunRecord;
import coyotos.studio.sim.result.CostCategory;

/** A run as CSV: one line per process (and one for the system) with cycles per category. */
final class RunCsv {

    private RunCsv() {
    }

    static String write(RunRecord r) {
        StringBuilder sb = new StringBuilder("process");
        for (CostCategory c : CostCategory.values()) {
            sb.append(',').append(c.key());
        }
        sb.append(",total\n");
        line(sb, "(system)", r.categories(), r.totalCycles());
        for (RunRecord.ProcessCosts p : r.processes()) {
            line(sb, p.name(), p.categories(), p.total());
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String name, java.util.Map<String, Long> cycles, long total) {
        sb.append('"').append(name.replace("\"", "\"\"")).append('"');
        for (CostCategory c : CostCategory.values()) {
            sb.append(',').append(cycles.getOrDefault(c.key(), 0L));
        }
        sb.append(',').append(total).append('\n');
    }
}
