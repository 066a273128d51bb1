package coyotos.studio.sim.report;

import coyotos.studio.sim.result.CategoryCycles;
import coyotos.studio.sim.result.CostCategory;
import coyotos.studio.sim.result.ProcessResult;
import coyotos.studio.sim.result.RunResult;

/**
 * One row per process plus a {@code TOTAL} row: {@code scope,id,name,<categories...>,total} (RFC 4180
 * quoting); the {@code system} row sums all processes.
 */
public final class CsvReport {
    private CsvReport() {
    }

    public static String render(RunResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append("scope,id,name");
        for (CostCategory c : CostCategory.values()) {
            sb.append(',').append(c.key());
        }
        sb.append(",total\n");
        for (ProcessResult p : r.processes()) {
            row(sb, "process", p.id(), p.name(), p.categories());
        }
        row(sb, "system", "", r.profile(), r.categories());
        return sb.toString();
    }

    private static void row(StringBuilder sb, String scope, String id, String name, CategoryCycles c) {
        sb.append(scope).append(',').append(quote(id)).append(',').append(quote(name));
        for (CostCategory cat : CostCategory.values()) {
            sb.append(',').append(c.get(cat));
        }
        sb.append(',').append(c.total()).append('\n');
    }

    static String quote(String s) {
        if (s == null) {
            return "";
        }
        s = TerminalText.escape(s);
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
