package coyotos.studio.sim.report;

import coyotos.studio.sim.result.CategoryCycles;
import coyotos.studio.sim.result.CostCategory;
import coyotos.studio.sim.result.FaultCounts;
import coyotos.studio.sim.result.MemoryKind;
import coyotos.studio.sim.result.ProcessResult;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;

/**
 * Renders a result as JSON with exactly the keys {@code profile, kernel, totalCycles, categories, processes,
 * faults, memory, digest, termination, diagnosis}; {@code kernel} is the kernel variant that ran; each process has
 * {@code name} and {@code categories}; faults have {@code raised, delivered, resolved, fatal}; {@code termination}
 * is a {@link Termination} name (COMPLETED only when every process finished normally) and {@code diagnosis} says
 * why a run ended otherwise. Written by hand to keep the core free of libraries.
 */
public final class JsonReport {
    private JsonReport() {
    }

    public static String render(RunResult r) {
        StringBuilder sb = new StringBuilder(512);
        sb.append("{\n");
        sb.append("  \"profile\": ").append(str(r.profile())).append(",\n");
        sb.append("  \"kernel\": ").append(str(r.kernel())).append(",\n");
        sb.append("  \"totalCycles\": ").append(r.totalCycles()).append(",\n");
        sb.append("  \"categories\": ");
        categories(sb, r.categories());
        sb.append(",\n  \"processes\": [");
        for (int i = 0; i < r.processes().size(); i++) {
            ProcessResult p = r.processes().get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("    {\"name\": ").append(str(p.name())).append(", \"categories\": ");
            categories(sb, p.categories());
            sb.append('}');
        }
        sb.append(r.processes().isEmpty() ? "],\n" : "\n  ],\n");
        FaultCounts f = r.faults();
        sb.append("  \"faults\": {\"raised\": ").append(f.raised()).append(", \"delivered\": ").append(f.delivered())
                .append(", \"resolved\": ").append(f.resolved()).append(", \"fatal\": ").append(f.fatal()).append("},\n");
        sb.append("  \"memory\": {");
        MemoryKind[] kinds = MemoryKind.values();
        for (int i = 0; i < kinds.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(str(kinds[i].name())).append(": ").append(r.memory().get(kinds[i]));
        }
        sb.append("},\n");
        sb.append("  \"digest\": ").append(str(r.digestHex())).append(",\n");
        sb.append("  \"termination\": ").append(str(r.termination().name())).append(",\n");
        sb.append("  \"diagnosis\": ").append(str(r.diagnosis())).append('\n');
        sb.append("}\n");
        return sb.toString();
    }

    private static void categories(StringBuilder sb, CategoryCycles c) {
        sb.append('{');
        CostCategory[] cats = CostCategory.values();
        for (int i = 0; i < cats.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(str(cats[i].key())).append(": ").append(c.get(cats[i]));
        }
        sb.append('}');
    }

    /** A JSON string literal with the escapes RFC 8259 requires; also used by other writers of run files. */
    public static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    // Controls beyond RFC 8259's minimum (DEL, C1, bidi overrides) too, so JSON printed on a
                    // terminal cannot drive it.
                    if (ch < 0x20 || (ch >= 0x7f && ch <= 0x9f) || (ch >= '\u202a' && ch <= '\u202e')
                            || (ch >= '\u2066' && ch <= '\u2069')) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
