package coyotos.studio.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.ProcessState;

/** Event logs read back record by record; the Trace's filters keep row numbers. */
class TraceFilterTest {

    @TempDir
    Path dir;

    @Test
    void aLogKeepsAtMostItsLimitAndReadsBack() throws IOException {
        Path file = dir.resolve("e" + RunFiles.EVENTS_SUFFIX);
        try (EventLog.Writer w = new EventLog.Writer(file, EventType.ALL, 2)) {
            w.onEvent(0, EventType.STATE_CHANGE, 0, -1, ProcessState.RUNNING.ordinal(), 0);
            w.onEvent(12, EventType.FAULT_DELIVERED, 0, 1, 0x4000, 1);
            w.onEvent(40, EventType.COMPUTE, 0, -1, 9, 0);
            assertEquals(2, w.written(), "the log keeps at most its limit");
            assertEquals(true, w.truncated(3));
        }
        try (EventLog log = EventLog.open(file)) {
            assertEquals(2, log.size());
            assertEquals(12, log.cycle(1));
            assertEquals(EventType.FAULT_DELIVERED, log.type(1));
            assertEquals(0, log.process(1));
            assertEquals(1, log.peer(1));
            assertEquals(0x4000, log.value(1));
            assertEquals(1, log.detail(1));
        }
    }

    @Test
    void filtersKeepRowsByKindAndByProcessAsActorOrPeer() throws IOException {
        try (EventLog log = EventLog.open(TestRuns.faultLog(dir.resolve("f.events")))) {
            assertArrayEquals(new int[] { 1, 3 }, new TraceFilter(TraceFilter.ANY_PROCESS,
                    EventType.mask(EventType.FAULT_RAISED, EventType.FAULT_DELIVERED)).rows(log, () -> false));
            assertArrayEquals(new int[] { 3, 5 }, new TraceFilter(1, EventType.ALL).rows(log, () -> false),
                    "a process filter keeps events where it is the peer");
            assertArrayEquals(new int[] { 0, 1, 2, 3, 4, 5 }, TraceFilter.all().rows(log, () -> false));
            assertArrayEquals(new int[0], TraceFilter.all().rows(log, () -> true), "cancelled before the first row");
        }
    }
}
