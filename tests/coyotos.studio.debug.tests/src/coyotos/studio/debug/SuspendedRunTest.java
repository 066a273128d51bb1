package coyotos.studio.debug;

import static coyotos.studio.debug.Debugged.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import coyotos.studio.runs.EventLog;
import coyotos.studio.runs.RunRecord;
import coyotos.studio.sim.debug.StopReason;
import coyotos.studio.sim.result.CostCategory;
import coyotos.studio.sim.result.EventType;

/**
 * What the results views show of a suspended debugged run ({@link SuspendedRun}): the stop's cycle for the
 * Timeline's cursor, the stop's event row for the Trace, the costs so far for Cost Breakdown; at the end, the costs
 * are the run's own.
 */
class SuspendedRunTest {

    private Path folder;
    private CoyotosDebugTarget target;

    @BeforeEach
    void clean() throws Exception {
        folder = Files.createTempDirectory("suspended-run-test");
        Debugged.removeAllBreakpoints();
        DebugPlugin.getDefault().getBreakpointManager().setEnabled(true);
    }

    @AfterEach
    void close() throws CoreException {
        if (target != null) {
            target.terminate();
        }
        DebugPlugin.getDefault().getBreakpointManager().setEnabled(true);
        Debugged.removeAllBreakpoints();
    }

    @Test
    @DisplayName("At testHandler's first fault: the cursor at the stop's cycle, the Trace's row on the fault, the costs so far; at the end the run's costs")
    void followsTheStop() throws Exception {
        FaultBreakpoint.toggle(Debugged.root(), BreakpointsTest.TEST_PROCESS, "testHandler");
        target = Debugged.open("testhandler");
        target.resume();
        await(target);
        assertEquals(StopReason.BREAKPOINT, target.stop().reason());
        assertEquals(7, target.stop().position());

        SuspendedRun here = SuspendedRun.of(target, folder);
        assertEquals(target.stop().cycle(), here.cycle());
        assertEquals(here.cycle(), here.record().totalCycles(), "the costs so far end at the stop");
        long charged = 0;
        for (CostCategory c : CostCategory.values()) {
            charged += here.record().category(c);
        }
        assertEquals(here.record().processes().stream().mapToLong(RunRecord.ProcessCosts::total).sum(), charged,
                "the whole-system bar is the sum of the process bars");
        assertEquals(null, here.record().termination(), "the run has not ended");
        assertTrue(here.record().label().endsWith(" · suspended at event 7 (cycle " + here.cycle() + ")"),
                here.record().label());
        try (EventLog log = EventLog.open(here.eventsFile())) {
            assertEquals(target.events().size(), log.size(), "every event kept so far is in the log");
            assertEquals(log.size() - 1, here.eventRow(), "the stop's event is the last one so far");
            assertEquals(EventType.FAULT_RAISED, log.type(here.eventRow()));
            assertEquals(0x10000, log.value(here.eventRow()));
            assertEquals(0, log.process(here.eventRow()), "testHandler's");
            assertEquals(here.cycle(), log.cycle(here.eventRow()));
        }
        assertEquals(here.eventsFile().getFileName().toString(), here.record().eventsFile());
        assertEquals(here.eventsFile().resolveSibling(here.record().eventsFile()), here.eventsFile());

        DebugPlugin.getDefault().getBreakpointManager().setEnabled(false);
        target.resume();
        await(target);
        assertEquals(StopReason.END, target.stop().reason());
        SuspendedRun end = SuspendedRun.of(target, folder);
        RunRecord finished = RunRecord.of(target.result(), "x", "x", null);
        assertEquals(finished.categories(), end.record().categories(), "at the end the costs are the run's");
        assertEquals(finished.processes().stream().map(RunRecord.ProcessCosts::categories).toList(),
                end.record().processes().stream().map(RunRecord.ProcessCosts::categories).toList());
        assertEquals(finished.faults(), end.record().faults());
        assertTrue(end.cycle() > here.cycle());

        target.terminate();
        assertNull(SuspendedRun.of(target, folder), "an ended debug session shows no suspended run");
        assertTrue(Files.exists(here.eventsFile()) && !end.eventsFile().equals(here.eventsFile()),
                "a newer stop never overwrites a log a view still reads");
    }
}
