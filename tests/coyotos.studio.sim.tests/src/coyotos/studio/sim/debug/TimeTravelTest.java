package coyotos.studio.sim.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.fixtures.SeedScenarios;
import coyotos.studio.sim.fixtures.SeedScenarios.HandlerConfig;
import coyotos.studio.sim.fixtures.SeedScenarios.Params;
import coyotos.studio.sim.image.Setup;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.machine.CpuProfiles;
import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.run.Simulation;
import coyotos.studio.sim.run.SimulationLimits;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Time travel: snapshots plus replay return to the same state, bit for bit")
class TimeTravelTest {

    static final SystemImage SEED = SeedScenarios.build(HandlerConfig.EXTERNAL_OWN_SPACE,
            Params.defaults().withHeapPages(32), Setup.DEFAULT);

    /** A session that checkpoints every 64 events, so stepping back restores and replays often. */
    static DebugSession open(SystemImage image, long budget) {
        return DebugSession.open(image, CpuProfiles.withBuiltins().get(image.setup().profile()),
                SimulationLimits.of(image.setup()), DebugSession.Recorder.NONE, budget, 64);
    }

    @Test
    @DisplayName("N kernel events forward, then N back: the same full state digest at every stop on the way")
    void forwardThenBackIsTheSameState() {
        try (DebugSession s = open(SEED, DebugSession.DEFAULT_HISTORY_BYTES)) {
            s.runToFault();
            List<Long> digests = new ArrayList<>();
            List<Long> positions = new ArrayList<>();
            int n = 200;
            for (int i = 0; i < n; i++) {
                digests.add(s.stateDigest());
                positions.add(s.stop().position());
                assertEquals(StopReason.STEP, s.stepEvent().reason(), "still short of the end");
            }
            long last = s.stateDigest();
            for (int i = n - 1; i >= 0; i--) {
                Stop back = s.stepBack();
                assertEquals(StopReason.ARRIVED, back.reason());
                assertEquals(positions.get(i), back.position(), "step back " + (n - i));
                assertEquals(digests.get(i), s.stateDigest(), "the state " + (n - i) + " event(s) back");
            }
            assertNotEquals(last, s.stateDigest(), "the digest does tell states apart");
            assertTrue(s.history().checkpoints() > 3, "the walk forward took checkpoints");
        }
    }

    @Test
    @DisplayName("Another kernel replayed to the same event is in the same state, bit for bit")
    void aReplayIsTheRunItself() {
        try (DebugSession a = open(SEED, DebugSession.DEFAULT_HISTORY_BYTES);
                DebugSession b = Simulation.of(SEED).debug(DebugSession.Recorder.NONE)) {
            for (int i = 0; i < 5; i++) {
                a.runToFault();
            }
            Stop fifth = a.stop();
            b.goTo(fifth.position());
            assertEquals(fifth.position(), b.stop().position());
            assertEquals(a.stateDigest(), b.stateDigest());
            assertEquals(a.cycle(), b.cycle());
        }
    }

    @Test
    @DisplayName("Back from the end, then resumed: the end again, with the plain run's digest")
    void backFromTheEnd() {
        RunResult plain = Simulation.run(SEED);
        try (DebugSession s = open(SEED, DebugSession.DEFAULT_HISTORY_BYTES)) {
            s.resume();
            long atEnd = s.stateDigest();
            Stop back = s.stepBack();
            assertEquals(StopReason.ARRIVED, back.reason());
            assertEquals(null, s.result(), "no longer at the end");
            assertEquals(StopReason.END, s.resume().reason());
            assertEquals(atEnd, s.stateDigest());
            assertEquals(plain.digest(), s.result().digest());
        }
    }

    @Test
    @DisplayName("Run back to a fault goes to the fault before; with none before, to the start")
    void runBackToThePreviousFault() {
        try (DebugSession s = open(SEED, DebugSession.DEFAULT_HISTORY_BYTES)) {
            List<Long> faults = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                faults.add(s.runToFault().position());
            }
            s.stepEvent();
            s.stepEvent();
            for (int i = 3; i >= 0; i--) {
                Stop back = s.runBackToFault();
                assertEquals(StopReason.FAULT, back.reason());
                assertEquals(faults.get(i), back.position());
                assertEquals(EventType.FAULT_RAISED, back.event().type());
                assertEquals(FaultCode.INVALID_DATA_REFERENCE.code(),
                        s.probe().process(back.process()).faultCode());
            }
            Stop start = s.runBackToFault();
            assertEquals(StopReason.NOTHING_EARLIER, start.reason());
            assertTrue(start.boundary());
            assertEquals(0, start.steps());
        }
    }

    @Test
    @DisplayName("Run back stops at the last breakpoint hit before (not at later faults), its condition evaluated as it was then")
    void runBackToABreakpoint() {
        try (DebugSession s = open(SEED, DebugSession.DEFAULT_HISTORY_BYTES)) {
            s.setBreakpoints(List.of(new Breakpoint(7, new Breakpoint.Fault(-1, "worker0"),
                    "address == 0x" + Long.toHexString(SeedScenarios.HEAP + 2 * 4096), 0)));
            Stop hit = s.resume();
            assertEquals(StopReason.BREAKPOINT, hit.reason());
            assertEquals(SeedScenarios.HEAP + 2 * 4096, hit.event().value());
            s.setBreakpoints(List.of());
            s.runToFault();
            s.runToFault();
            s.setBreakpoints(List.of(new Breakpoint(7, new Breakpoint.Fault(-1, "worker0"),
                    "address == 0x" + Long.toHexString(SeedScenarios.HEAP + 2 * 4096), 0)));
            Stop back = s.runBack();
            assertEquals(StopReason.BREAKPOINT, back.reason());
            assertEquals(7, back.breakpoint());
            assertEquals(hit.position(), back.position());
        }
    }

    @Test
    @DisplayName("Over budget, older checkpoints go but the start stays: one can always go back to it")
    void thinningKeepsTheStart() {
        try (DebugSession s = open(SEED, 256 * 1024)) {
            long startDigest = s.stateDigest();
            long start = s.stop().position();
            s.resume();
            DebugSession.History h = s.history();
            assertTrue(h.bytes() <= h.budget() || h.checkpoints() == 2, h.toString());
            assertTrue(h.longestReplay() > 64, "thinned: some stretches are longer than the interval");
            assertEquals(start, h.oldestPosition(), "as far back as the start");
            s.goToStart();
            assertEquals(startDigest, s.stateDigest());
            assertEquals(0, s.cycle());
        }
    }

    @Test
    @DisplayName("A change is part of the run: going back before it and forward again makes it again")
    void changesReplay() {
        try (DebugSession s = open(SEED, DebugSession.DEFAULT_HISTORY_BYTES)) {
            s.runToFault();
            int keeper = s.probe().processIndex("worker0");
            s.stepEvent();
            s.change(new Change.FaultState(keeper, FaultCode.ACCESS_VIOLATION.code(), 0x1234));
            long changed = s.stateDigest();
            long here = s.stop().position();
            for (int i = 0; i < 20; i++) {
                s.stepEvent();
            }
            for (int i = 0; i < 25; i++) {
                s.stepBack();
            }
            assertTrue(s.stop().position() < here);
            while (s.stop().position() < here) {
                s.stepEvent();
            }
            assertEquals(here, s.stop().position());
            assertEquals(changed, s.stateDigest(), "the change is made again at its place");
            assertEquals(1, s.changes().size());
            assertEquals(FaultCode.ACCESS_VIOLATION.code(), s.probe().process(keeper).faultCode());
        }
    }

    @Test
    @DisplayName("The history says how far back one can go and what its checkpoints cost, as the debug target shows it")
    void historyInWords() {
        assertEquals("history: 3 checkpoints, 3.1 MB of 67.1 MB, back to the start; a step back replays at most "
                + "4,096 events and 1,024 kernel steps",
                new DebugSession.History(0, 3, 3_100_000, 64L << 20, 4096, 10, 0, 1024).describe());
        try (DebugSession s = open(SEED, DebugSession.DEFAULT_HISTORY_BYTES)) {
            assertTrue(s.history().describe().startsWith("history: 1 checkpoint, "), s.history().describe());
            for (int i = 0; i < 3; i++) {
                s.runToFault();
            }
            DebugSession.History h = s.history();
            assertTrue(h.checkpoints() >= 1 && h.bytes() > 0 && h.bytes() <= h.budget(), h.toString());
        }
    }
}
