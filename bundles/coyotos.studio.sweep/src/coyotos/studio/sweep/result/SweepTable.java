package coyotos.studio.sweep.result;

import coyotos.studio.runs.CycleFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep as rows and columns of text, one row per point: the axes, then the chosen metrics. The Sweep Results
 * view draws it as it is and the CLI prints it aligned; neither computes a cell.
 */
public record SweepTable(List<String> headers, List<List<String>> rows, int axisColumns, int metricColumns) {

    /** The columns the CLI's table shows: enough to read a sweep at a glance (CSV and JSON carry every metric). */
    public static final List<String> SUMMARY = List.of("totalCycles", "perFault.overhead", "faults.raised",
            "faults.fatal", "memory.total", "memory.HANDLER_STACKS");

    public SweepTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public static SweepTable of(SweepResult r, List<Metric> metrics, boolean withDigest) {
        List<String> headers = new ArrayList<>();
        for (AxisInfo a : r.axes()) {
            headers.add(a.name());
        }
        for (Metric m : metrics) {
            headers.add(m.key());
        }
        headers.add("termination");
        if (withDigest) {
            headers.add("digest");
        }
        List<List<String>> rows = new ArrayList<>();
        for (PointResult p : r.points()) {
            List<String> row = new ArrayList<>(p.values());
            for (Metric m : metrics) {
                row.add(CycleFormat.count(m.at(p)));
            }
            row.add(p.failed() && p.message() != null ? "FAILED: " + p.message() : p.termination());
            if (withDigest) {
                row.add(p.digest() == null ? "-" : p.digest());
            }
            rows.add(row);
        }
        return new SweepTable(headers, rows, r.axes().size(), metrics.size());
    }

    public static List<Metric> summaryMetrics() {
        return SUMMARY.stream().map(Metric::of).toList();
    }

    /** Aligned plain text: axes left-aligned, numbers right-aligned. */
    public String text() {
        int[] width = new int[headers.size()];
        for (int c = 0; c < headers.size(); c++) {
            width[c] = headers.get(c).length();
            for (List<String> row : rows) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, headers, width);
        for (List<String> row : rows) {
            line(sb, row, width);
        }
        return sb.toString();
    }

    private void line(StringBuilder sb, List<String> cells, int[] width) {
        for (int c = 0; c < cells.size(); c++) {
            boolean number = c >= axisColumns && c < axisColumns + metricColumns;
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            sb.append(c == 0 ? "" : "  ").append(number ? pad + cell : cell + (c == cells.size() - 1 ? "" : pad));
        }
        sb.append('\n');
    }
}
