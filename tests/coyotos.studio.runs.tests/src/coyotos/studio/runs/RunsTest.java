package coyotos.studio.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import coyotos.studio.sim.fixtures.SeedScenarios;
import coyotos.studio.sim.result.CostCategory;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.run.Simulation;

/** What the results views rely on: records survive a restart, event logs read back, filters and timelines. */
class RunsTest {

    @TempDir
    Path dir;

    @Test
    void recordRoundTripsThroughJson() throws IOException {
        RunResult result = Simulation.run(SeedScenarios.build(SeedScenarios.HandlerConfig.EXTERNAL_OWN_SPACE,
                SeedScenarios.Params.defaults(), null));
        RunRecord record = RunRecord.of(result, "seed \"own\" space", "/p/seed.coyotos", "x.events");
        Path file = dir.resolve("r" + RunFiles.RECORD_SUFFIX);
        RunRecordJson.save(record, file);
        RunRecord back = RunRecordJson.load(file);
        assertEquals(record, back);
        assertEquals(result.totalCycles(), back.totalCycles());
        assertEquals(result.faults().raised(), back.fault("raised"));
        assertEquals(List.of(back), RunFiles.loadAll(dir).records());
        assertEquals("coyotos-2007", back.kernel(), "every run names the kernel variant that ran");
    }

    @Test
    void recordOfEarlierVersionsHasNoKernelAndSaysSo() throws IOException {
        RunResult result = Simulation.run(SeedScenarios.build(SeedScenarios.HandlerConfig.EXTERNAL_OWN_SPACE,
                SeedScenarios.Params.defaults().withHeapPages(2), null));
        String json = RunRecordJson.write(RunRecord.of(result, "old", "/p/m.coyotos", null))
                .replace("  \"kernel\": \"coyotos-2007\",\n", "");
        RunRecord old = RunRecordJson.read(json);
        assertNull(old.kernel());
        assertEquals("(before kernel variants)", old.kernelLabel());
    }

    @Test
    void brokenRecordIsReportedNotThrown() throws IOException {
        Files.writeString(dir.resolve("bad" + RunFiles.RECORD_SUFFIX), "{\"label\": ");
        RunFiles.Loaded loaded = RunFiles.loadAll(dir);
        assertTrue(loaded.records().isEmpty());
        assertEquals(1, loaded.problems().size());
        assertTrue(loaded.problems().get(0).contains("bad.run.json"), loaded.problems().get(0));
        assertThrows(IllegalArgumentException.class, () -> MiniJson.parse("[1, 2"));
    }

    @Test
    void eventLogReadsBackFiltersAndMakesLanes() throws IOException {
        Path file = dir.resolve("e" + RunFiles.EVENTS_SUFFIX);
        try (EventLog.Writer w = new EventLog.Writer(file, EventType.ALL, 5)) {
            w.onEvent(0, EventType.STATE_CHANGE, 0, -1, ProcessState.RUNNING.ordinal(), 0);
            w.onEvent(10, EventType.FAULT_RAISED, 0, -1, 0x4000, 4);
            w.onEvent(12, EventType.STATE_CHANGE, 0, -1, ProcessState.FAULTED.ordinal(), 0);
            w.onEvent(12, EventType.FAULT_DELIVERED, 0, 1, 0x4000, 0);
            w.onEvent(40, EventType.STATE_CHANGE, 0, -1, ProcessState.RUNNING.ordinal(), 0);
            w.onEvent(50, EventType.COMPUTE, 1, -1, 9, 0);
            assertEquals(5, w.written(), "the log keeps at most its limit");
        }
        try (EventLog log = EventLog.open(file)) {
            assertEquals(5, log.size());
            assertEquals(EventType.FAULT_DELIVERED, log.type(3));
            assertEquals(1, log.peer(3));
            assertEquals(0x4000, log.value(1));
            assertArrayEquals(new int[] { 1, 3 }, new TraceFilter(TraceFilter.ANY_PROCESS,
                    EventType.mask(EventType.FAULT_RAISED, EventType.FAULT_DELIVERED)).rows(log, () -> false));
            assertArrayEquals(new int[] { 3 }, new TraceFilter(1, EventType.ALL).rows(log, () -> false),
                    "a process filter keeps events where it is the peer");

            ProcessTimeline lanes = ProcessTimeline.of(log, 2);
            assertEquals(ProcessState.RUNNING, lanes.at(0, 5).state());
            assertEquals(ProcessState.FAULTED, lanes.at(0, 20).state());
            assertNull(lanes.at(0, 40), "nothing after the last event");
        }
    }

    @Test
    void comparisonGivesDifferenceAndRatio() {
        RunResult own = Simulation.run(SeedScenarios.build(SeedScenarios.HandlerConfig.EXTERNAL_OWN_SPACE,
                SeedScenarios.Params.defaults(), null));
        RunResult activation = Simulation.run(SeedScenarios.build(SeedScenarios.HandlerConfig.ACTIVATION,
                SeedScenarios.Params.defaults(), null));
        List<RunComparison.Row> rows = RunComparison.rows(RunRecord.of(own, "a", "m", null),
                RunRecord.of(activation, "b", "m", null));
        RunComparison.Row total = rows.stream().filter(r -> r.what().equals("TOTAL")).findFirst().orElseThrow();
        assertTrue(total.difference() < 0 && total.ratio() < 1, "activation costs less than own-space external");
        RunComparison.Row sw = rows.stream().filter(r -> r.what().equals(CostCategory.ADDRESS_SPACE_SWITCH.key()))
                .findFirst().orElseThrow();
        assertTrue(sw.b() < sw.a());
    }
}
