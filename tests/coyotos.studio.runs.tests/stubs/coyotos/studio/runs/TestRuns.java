package coyotos.studio.runs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import coyotos.studio.sim.result.CostCategory;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.FaultHandlerKind;
import coyotos.studio.sim.result.ProcessState;

/**
 * Runs whose every figure is written out here, so tests of what the views show can expect exact text. The
 * only place tests build a {@link RunRecord} by hand.
 */
final class TestRuns {

    private TestRuns() {
    }

    /**
     * Two processes: "app" (900 cycles) and one with an empty name, "id-pager" (100 cycles); 1,000 cycles in
     * all, 4 faults raised of which 3 resolved and 1 fatal; 28,672 bytes of memory; the run stalled.
     */
    static RunRecord small() {
        return record("small · p4-2007", 1_000,
                List.of(new RunRecord.ProcessCosts("id-app", "app", cycles(600, 100, 0, 50, 0, 150, 0, 0), "DONE", 4),
                        new RunRecord.ProcessCosts("id-pager", "", cycles(0, 40, 20, 10, 0, 20, 8, 2), "RECEIVING",
                                0)),
                cycles(600, 140, 20, 60, 0, 170, 8, 2), faults(4, 4, 3, 1, 0));
    }

    /** One process, no faults, 0 cycles: a run where "per fault" and "share" have nothing to divide by. */
    static RunRecord empty() {
        return record("empty", 0, List.of(new RunRecord.ProcessCosts("id-only", "only", cycles(0, 0, 0, 0, 0, 0, 0, 0),
                "DONE", 0)), cycles(0, 0, 0, 0, 0, 0, 0, 0), faults(0, 0, 0, 0, 0));
    }

    static RunRecord record(String label, long total, List<RunRecord.ProcessCosts> processes,
            Map<String, Long> categories, Map<String, Long> faults) {
        Map<String, Long> memory = new LinkedHashMap<>();
        memory.put("KERNEL_OBJECTS", 4_096L);
        memory.put("HARDWARE_PAGE_TABLES", 8_192L);
        memory.put("HANDLER_STACKS", 0L);
        memory.put("DATA_PAGES", 16_384L);
        return new RunRecord(label, "/p/small.coyotos", "p4-2007", "coyotos-2007", 7, total, categories, processes,
                faults, memory, "00000000000000ab", "STALLED", "id-pager waits for a handler that never receives", 42,
                null, List.of("activation handler (what-if, draft-0.5)"));
    }

    /** Cycles in {@link CostCategory} order, keyed as records keep them. */
    static Map<String, Long> cycles(long... perCategory) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (CostCategory c : CostCategory.values()) {
            map.put(c.key(), perCategory[c.ordinal()]);
        }
        return map;
    }

    /** Totals in {@link FaultKind} order. */
    static Map<String, Long> faults(long... perKind) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (FaultKind kind : FaultKind.values()) {
            map.put(kind.key(), perKind[kind.ordinal()]);
        }
        return map;
    }

    /**
     * A log of six events of two processes: process 0 runs from 0, faults at 10, is delivered to process 1
     * (its process handler) at 12 and runs again from 40; process 1 computes at 50.
     */
    static Path faultLog(Path file) throws IOException {
        try (EventLog.Writer w = new EventLog.Writer(file, EventType.ALL, 100)) {
            w.onEvent(0, EventType.STATE_CHANGE, 0, -1, ProcessState.RUNNING.ordinal(), 0);
            w.onEvent(10, EventType.FAULT_RAISED, 0, -1, 0x4000, 4);
            w.onEvent(12, EventType.STATE_CHANGE, 0, -1, ProcessState.FAULTED.ordinal(), 0);
            w.onEvent(12, EventType.FAULT_DELIVERED, 0, 1, 0x4000, FaultHandlerKind.PROCESS_HANDLER.ordinal());
            w.onEvent(40, EventType.STATE_CHANGE, 0, -1, ProcessState.RUNNING.ordinal(), 0);
            w.onEvent(50, EventType.COMPUTE, 1, -1, 9, 0);
        }
        return file;
    }
}
