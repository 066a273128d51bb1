package coyotos.studio.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The Simulation Results view's cells, computed without a display. */
class ResultsSummaryTest {

    @Test
    void aRunsLineInTheListOfRuns() {
        assertEquals(List.of("small · p4-2007", "p4-2007", "coyotos-2007", "1,000", "4", "3", "1", "STALLED", "00000000000000ab"),
                ResultsSummary.runCells(TestRuns.small()));
        assertEquals(ResultsSummary.RUN_COLUMNS.size(), ResultsSummary.runCells(TestRuns.small()).size());
    }

    /** Shares of the 1,000 cycles and cycles per each of the 4 faults, category by category. */
    @Test
    void theSummaryOfARun() {
        assertEquals(List.of(
                row("Run", "Ended", "STALLED (stalled: processes wait forever)", "", ""),
                row("", "Diagnosis", "id-pager waits for a handler that never receives", "", ""),
                row("", "Model", "/p/small.coyotos", "", ""),
                row("", "CPU profile", "p4-2007", "", ""),
                row("", "Kernel", "coyotos-2007", "", ""),
                row("", "What-if", "activation handler (what-if, draft-0.5)", "", ""),
                row("", "Seed", "7", "", ""),
                row("", "Events", "42", "", ""),
                row("", "Digest", "00000000000000ab", "", ""),
                row("Cycles", "User", "600", "60.0 %", "150"),
                row("", "Ring transition", "140", "14.0 %", "35"),
                row("", "Address-space switch", "20", "2.0 %", "5"),
                row("", "TLB refill", "60", "6.0 %", "15"),
                row("", "Page-table build", "0", "0.0 %", "0"),
                row("", "Kernel path", "170", "17.0 %", "42.5"),
                row("", "IPC", "8", "0.8 %", "2"),
                row("", "Fault handler", "2", "0.2 %", "0.5"),
                row("", "Total", "1,000", "100.0 %", "250"),
                row("Faults", "Raised", "4", "", ""),
                row("", "Delivered", "4", "", ""),
                row("", "Resolved", "3", "", ""),
                row("", "Fatal", "1", "", ""),
                row("", "Escalated", "0", "", ""),
                row("Memory", "Kernel objects (bytes)", "4,096", "", ""),
                row("", "Hardware page tables (bytes)", "8,192", "", ""),
                row("", "Handler stacks (bytes)", "0", "", ""),
                row("", "Data pages (bytes)", "16,384", "", ""),
                row("", "Total (bytes)", "28,672", "", "")), ResultsSummary.rows(TestRuns.small()));
    }

    /** No cycles: shares do not exist ("-"); no faults: nothing per fault (0). */
    @Test
    void anEmptyRunDividesByNothing() {
        List<ResultsSummary.Row> rows = ResultsSummary.rows(TestRuns.empty()).stream()
                .dropWhile(r -> !r.group().equals("Cycles")).toList();
        assertEquals(row("Cycles", "User", "0", "-", "0"), rows.get(0));
        assertEquals(row("", "Total", "0", "-", "0"), rows.get(8));
    }

    @Test
    void aCompletedRunShowsNoDiagnosisLine() throws Exception {
        RunRecord completed = RunRecordJson.load(java.nio.file.Path.of("testfiles/before-gson.run.json"));
        List<String> run = ResultsSummary.rows(completed).stream().takeWhile(r -> !r.group().equals("Cycles"))
                .map(ResultsSummary.Row::what).toList();
        assertEquals(List.of("Ended", "Model", "CPU profile", "Kernel", "Seed", "Events", "Digest"), run);
        assertEquals("(before kernel variants)", completed.kernelLabel(), "a record older than kernel variants says so");
    }

    @Test
    void keysReadAsWords() {
        assertEquals("Hardware page tables", ResultsSummary.words("HARDWARE_PAGE_TABLES"));
        assertEquals("", ResultsSummary.words(""));
    }

    private static ResultsSummary.Row row(String group, String what, String value, String share, String perFault) {
        return new ResultsSummary.Row(group, what, value, share, perFault);
    }
}
