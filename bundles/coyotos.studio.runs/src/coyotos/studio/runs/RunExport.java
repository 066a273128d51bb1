package coyotos.studio.runs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import coyotos.studio.sim.report.CsvReport;

/**
 * A saved run written out for other tools: CSV in the simulator's one layout ({@link CsvReport}, the same
 * text as {@code simulate --format csv}), or the run record's JSON.
 */
public final class RunExport {

    private RunExport() {
    }

    public static String csv(RunRecord r) {
        return CsvReport.render(CsvReport.systemName(r.profile(), r.kernelLabel()), r.cycles(), r.processes().stream()
                .map(p -> new CsvReport.ProcessRow(p.id(), p.name(), p.cycles())).toList());
    }

    /** Writes CSV when the file name ends in ".csv", the record's JSON otherwise. */
    public static void write(RunRecord r, Path file) throws IOException {
        String text = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? csv(r)
                : RunRecordJson.write(r);
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
