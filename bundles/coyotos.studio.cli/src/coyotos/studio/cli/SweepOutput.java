package coyotos.studio.cli;

import coyotos.studio.sweep.SweepException;
import coyotos.studio.sweep.result.SweepCsv;
import coyotos.studio.sweep.result.SweepJson;
import coyotos.studio.sweep.result.SweepResult;
import coyotos.studio.sweep.result.SweepTable;
import java.util.List;

/** The three output formats of {@code sweep} and {@code sweep-merge}. */
final class SweepOutput {
    static final List<String> FORMATS = List.of("table", "json", "csv");

    private SweepOutput() {
    }

    static String format(String f) throws SweepException {
        if (!FORMATS.contains(f)) {
            throw new SweepException("unknown format '" + f + "'; use table, json or csv.");
        }
        return f;
    }

    static String render(SweepResult r, String format) {
        return switch (format) {
            case "json" -> SweepJson.write(r);
            case "csv" -> SweepCsv.write(r);
            default -> SweepTable.of(r, SweepTable.summaryMetrics(), true).text();
        };
    }
}
