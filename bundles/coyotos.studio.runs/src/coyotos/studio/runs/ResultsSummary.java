package coyotos.studio.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import coyotos.studio.sim.result.CostCategory;
import coyotos.studio.sim.result.Termination;

/**
 * What the Simulation Results view shows: one line per run of the library, and for the selected run its
 * summary (cycles per category with share and cost per fault, the fault totals, memory by kind, and how the
 * run was set up and ended). The view only draws these cells.
 */
public final class ResultsSummary {

    public static final List<String> RUN_COLUMNS = List.of("Run", "Profile", "Kernel", "Total cycles", "Faults", "Resolved",
            "Fatal", "End", "Digest");
    public static final List<String> SUMMARY_COLUMNS = List.of("", "What", "Value", "Share", "Per fault");

    /** One line of a run's summary; {@code group} is named on the first line of each group only. */
    public record Row(String group, String what, String value, String share, String perFault) {
        public List<String> cells() {
            return List.of(group, what, value, share, perFault);
        }
    }

    private ResultsSummary() {
    }

    /** The cells of a run's line in the list of runs, in {@link #RUN_COLUMNS} order. */
    public static List<String> runCells(RunRecord r) {
        return List.of(r.label(), r.profile(), r.kernelLabel(), CycleFormat.count(r.totalCycles()),
                CycleFormat.count(r.fault(FaultKind.RAISED)), CycleFormat.count(r.fault(FaultKind.RESOLVED)),
                CycleFormat.count(r.fault(FaultKind.FATAL)), text(r.termination()), text(r.digest()));
    }

    /** The summary of one run, in {@link #SUMMARY_COLUMNS} order. */
    public static List<Row> rows(RunRecord r) {
        List<Row> rows = new ArrayList<>();
        // First how the run ended (COMPLETED only when every process finished normally), then how it was set up,
        // so the user can tell what produced the numbers: the kernel variant, and what in it is a labelled what-if
        // rather than spec 0.6 or the 2007 kernel.
        Group run = new Group(rows, "Run");
        run.add("Ended", ended(r.termination()), "", "");
        if (r.diagnosis() != null && !r.diagnosis().isBlank() && !r.diagnosis().equalsIgnoreCase(r.termination())
                && !"completed".equals(r.diagnosis())) {
            run.add("Diagnosis", r.diagnosis(), "", "");
        }
        run.add("Model", text(r.model()), "", "");
        run.add("CPU profile", text(r.profile()), "", "");
        run.add("Kernel", r.kernelLabel(), "", "");
        for (String whatIf : r.whatIfsOrNone()) {
            run.add("What-if", whatIf, "", "");
        }
        run.add("Seed", Long.toString(r.seed()), "", "");
        run.add("Events", CycleFormat.count(r.events()), "", "");
        run.add("Digest", text(r.digest()), "", "");
        Group cycles = new Group(rows, "Cycles");
        for (CostCategory c : CostCategory.values()) {
            long n = r.category(c);
            cycles.add(c.label(), CycleFormat.count(n),
                    CycleFormat.percent(r.totalCycles() == 0 ? Double.NaN : (double) n / r.totalCycles()),
                    CycleFormat.count(r.perFault(c)));
        }
        cycles.add("Total", CycleFormat.count(r.totalCycles()), CycleFormat.percent(r.totalCycles() == 0 ? Double.NaN : 1),
                CycleFormat.count(r.perFault(r.totalCycles())));
        Group faults = new Group(rows, "Faults");
        for (FaultKind kind : FaultKind.values()) {
            faults.add(kind.label(), CycleFormat.count(r.fault(kind)), "", "");
        }
        Group memory = new Group(rows, "Memory");
        for (Map.Entry<String, Long> e : r.memory().entrySet()) {
            memory.add(words(e.getKey()) + " (bytes)", CycleFormat.count(e.getValue()), "", "");
        }
        memory.add("Total (bytes)", CycleFormat.count(r.memoryTotal()), "", "");
        return rows;
    }

    /** "HALTED (…)": the termination with the simulator's words for it (a newer record's name is kept as is). */
    static String ended(String termination) {
        if (termination == null) {
            return "";
        }
        try {
            return termination + " (" + Termination.valueOf(termination).phrase() + ")";
        } catch (IllegalArgumentException e) {
            return termination;
        }
    }

    /** Adds lines under one group name, printing the name on the first line only. */
    private static final class Group {
        private final List<Row> rows;
        private final String name;
        private final int first;

        Group(List<Row> rows, String name) {
            this.rows = rows;
            this.name = name;
            this.first = rows.size();
        }

        void add(String what, String value, String share, String perFault) {
            rows.add(new Row(rows.size() == first ? name : "", what, value, share, perFault));
        }
    }

    /** A key like DATA_PAGES as words: "Data pages". */
    static String words(String key) {
        String spaced = key.replace('_', ' ').toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
