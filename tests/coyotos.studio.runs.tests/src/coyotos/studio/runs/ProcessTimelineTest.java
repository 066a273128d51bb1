package coyotos.studio.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import coyotos.studio.runs.ProcessTimeline.Bar;
import coyotos.studio.runs.ProcessTimeline.Interval;
import coyotos.studio.sim.result.ProcessState;

/** The Timeline's lanes and its visible-interval query, pixel for pixel. */
class ProcessTimelineTest {

    @TempDir
    Path dir;

    @Test
    void lanesHoldEachProcessesStatesUntilTheLastEvent() throws IOException {
        try (EventLog log = EventLog.open(TestRuns.faultLog(dir.resolve("f.events")))) {
            ProcessTimeline timeline = ProcessTimeline.of(log, 2);
            assertEquals(50, timeline.end());
            assertEquals(List.of(new Interval(0, 12, ProcessState.RUNNING, 0),
                    new Interval(12, 40, ProcessState.FAULTED, 2), new Interval(40, 50, ProcessState.RUNNING, 4)),
                    timeline.lane(0));
            assertEquals(List.of(new Interval(0, 50, ProcessState.READY, -1)), timeline.lane(1),
                    "a process without state changes was ready all along");
            assertEquals(ProcessState.FAULTED, timeline.at(0, 20).state());
            assertNull(timeline.at(0, 50), "nothing after the last event");
            assertEquals(0, timeline.laneOf(timeline.at(0, 45)));
            assertEquals(1, timeline.laneOf(timeline.at(1, 3)));
        }
    }

    @Test
    void aWindowAtOneCycleAPixelShowsEveryInterval() throws IOException {
        try (EventLog log = EventLog.open(TestRuns.faultLog(dir.resolve("f.events")))) {
            ProcessTimeline timeline = ProcessTimeline.of(log, 2);
            assertEquals(List.of(new Bar(0, 12, ProcessState.RUNNING, timeline.lane(0).get(0)),
                    new Bar(12, 40, ProcessState.FAULTED, timeline.lane(0).get(1)),
                    new Bar(40, 50, ProcessState.RUNNING, timeline.lane(0).get(2))),
                    timeline.bars(0, new TimeWindow(0, 1, 100)));
        }
    }

    @Test
    void aWindowShowsOnlyWhatIsInsideAndClampsFarOffEnds() throws IOException {
        try (EventLog log = EventLog.open(TestRuns.faultLog(dir.resolve("f.events")))) {
            ProcessTimeline timeline = ProcessTimeline.of(log, 2);
            // cycles 20..30 over 20 pixels: only the fault, from before the left edge to after the right one
            assertEquals(List.of(new Bar(-10, 30, ProcessState.FAULTED, timeline.lane(0).get(1))),
                    timeline.bars(0, new TimeWindow(20, 0.5, 20)));
            assertEquals(List.of(), timeline.bars(0, new TimeWindow(60, 1, 10)), "past the end: nothing");
        }
    }

    /**
     * A thousand one-cycle intervals at ten cycles a pixel: each pixel gets one bar (the first interval in
     * it), and the query skips the other nine instead of drawing them over each other.
     */
    @Test
    void subPixelIntervalsCostOneBarPerPixel() throws IOException {
        Path file = dir.resolve("dense.events");
        try (EventLog.Writer w = new EventLog.Writer(file, coyotos.studio.sim.result.EventType.ALL, 2_000)) {
            for (int c = 0; c < 1_000; c++) {
                ProcessState s = c % 2 == 0 ? ProcessState.RUNNING : ProcessState.FAULTED;
                w.onEvent(c, coyotos.studio.sim.result.EventType.STATE_CHANGE, 0, -1, s.ordinal(), 0);
            }
            w.onEvent(1_000, coyotos.studio.sim.result.EventType.COMPUTE, 0, -1, 1, 0);
        }
        try (EventLog log = EventLog.open(file)) {
            ProcessTimeline timeline = ProcessTimeline.of(log, 1);
            assertEquals(1_000, timeline.lane(0).size());
            List<Bar> bars = timeline.bars(0, new TimeWindow(0, 10, 100));
            assertEquals(100, bars.size());
            for (int x = 0; x < 100; x++) {
                assertEquals(new Bar(x, x + 1, ProcessState.RUNNING, timeline.lane(0).get(10 * x)), bars.get(x),
                        "pixel " + x + " shows the interval starting at cycle " + 10 * x);
            }
        }
    }

    @Test
    void aWindowNeedsAScaleAndAWidth() {
        assertEquals(15.0, new TimeWindow(5, 0.5, 20).end());
        assertEquals(7, new TimeWindow(5, 0.5, 20).x(8.4));
        assertEquals(6.0, new TimeWindow(5, 0.5, 20).cycleAt(2));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new TimeWindow(0, 0, 10));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new TimeWindow(0, 1, 0));
    }
}
