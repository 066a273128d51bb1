package coyotos.studio.sim.report;

import java.util.List;

import coyotos.studio.sim.result.CategoryCycles;
import coyotos.studio.sim.result.CostCategory;
import coyotos.studio.sim.result.ProcessResult;
import coyotos.studio.sim.result.RunResult;

/**
 * The one CSV layout of a run, for the CLI and the IDE's export alike: one row per process plus a
 * {@code system} row, {@code scope,id,name,<categories...>,total} (RFC 4180 quoting); the {@code system} row
 * sums all processes and is named by the CPU profile and the kernel variant.
 */
public final class CsvReport {

    /** One process row: the image's id of the process, its name and its cycles per category. */
    public record ProcessRow(String id, String name, CategoryCycles cycles) {
    }

    private CsvReport() {
    }

    public static String render(RunResult r) {
        return render(systemName(r.profile(), r.kernel()), r.categories(),
                r.processes().stream().map(p -> new ProcessRow(p.id(), p.name(), p.categories())).toList());
    }

    /** The same layout from what a saved run keeps (the IDE's export has no {@link ProcessResult}s). */
    public static String render(String systemName, CategoryCycles system, List<ProcessRow> processes) {
        StringBuilder sb = new StringBuilder();
        sb.append("scope,id,name");
        for (CostCategory c : CostCategory.values()) {
            sb.append(',').append(c.key());
        }
        sb.append(",total\n");
        for (ProcessRow p : processes) {
            row(sb, "process", p.id(), p.name(), p.cycles());
        }
        row(sb, "system", "", systemName, system);
        return sb.toString();
    }

    /** What the {@code system} row is named: the CPU profile and the kernel variant that ran. */
    public static String systemName(String profile, String kernel) {
        return profile + " " + kernel;
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
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
