package coyotos.studio.debug;

import static coyotos.studio.debug.Debugged.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.runs.EventLog;
import coyotos.studio.runs.RunComparison;
import coyotos.studio.runs.RunRecord;
import coyotos.studio.sim.debug.Change;
import coyotos.studio.sim.memory.Cap;
import coyotos.studio.sim.model.ModelSimulation;
import coyotos.studio.sim.model.SimulationOverrides;
import coyotos.studio.sim.result.RunResult;

/**
 * Run From Here: from a stop, with or without a change, the run carried on to its end as a run of its own, and the
 * debugger back at the stop. Without a change the fork is the Run As run; with one, Compare shows what it changed.
 */
class ForkedRunTest {

    private CoyotosDebugTarget target;
    private Path folder;

    @BeforeEach
    void clean() throws Exception {
        Debugged.removeAllBreakpoints();
        folder = Files.createTempDirectory("forked-run-test");
    }

    @AfterEach
    void close() throws CoreException {
        if (target != null) {
            target.terminate();
        }
        Debugged.removeAllBreakpoints();
    }

    @Test
    @DisplayName("From testHandler's first fault: without a change the fork is the Run As run; without its handler it differs, and Compare says how")
    void forks() throws Exception {
        CoyotosSystem system = Debugged.load("testhandler");
        RunResult plain = ModelSimulation.run(system, SimulationOverrides.NONE, null, null).result();
        FaultBreakpoint.toggle(Debugged.root(), BreakpointsTest.TEST_PROCESS, "testHandler");
        target = Debugged.open(system);
        target.resume();
        await(target);
        assertEquals(7, target.stop().position());
        long here = target.stateDigest();
        long cycle = target.stop().cycle();

        ForkedRun same = fork("same");
        assertEquals(plain.digest(), same.result().digest(), "no change: the run Run As makes");
        assertEquals("forked at event 7 (cycle " + cycle + ") · no change", same.describe());
        assertEquals(7, target.stop().position(), "back at the stop");
        assertEquals(here, target.stateDigest(), "back at the same state, bit for bit");
        try (EventLog log = EventLog.open(folder.resolve("same.events"))) {
            assertTrue(log.size() > target.events().size(), "the whole fork's events, more than the stop's past: "
                    + log.size() + " vs " + target.events().size());
        }

        // testHandler loses its handler: its next faults have nobody to go to (spec §3.3)
        target.change(new Change.Handler(0, Cap.NULL));
        long changed = target.stateDigest();
        ForkedRun cleared = fork("cleared");
        assertEquals("forked at event 7 (cycle " + cycle + ") · testHandler: handler := " + Cap.NULL,
                cleared.describe());
        assertNotEquals(plain.digest(), cleared.result().digest(), "the change made another run");
        assertEquals(changed, target.stateDigest(), "back at the stop, with the change");
        RunRecord a = RunRecord.of(plain, "plain", "m", null);
        RunRecord b = RunRecord.of(cleared.result(), "fork", "m", null);
        assertTrue(RunComparison.rows(a, b).stream().anyMatch(r -> r.difference() != 0),
                "Compare shows a difference");
        assertTrue(a.totalCycles() != b.totalCycles() || !a.faults().equals(b.faults()),
                "the fork spends its cycles or faults otherwise");
    }

    private ForkedRun fork(String name) {
        AtomicReference<ForkedRun> taken = new AtomicReference<>();
        target.runFromHere(folder.resolve(name + ".events"), taken::set);
        await(target);
        return taken.get();
    }
}
