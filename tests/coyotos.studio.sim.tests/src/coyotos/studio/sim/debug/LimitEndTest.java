package coyotos.studio.sim.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.fixtures.SeedScenarios;
import coyotos.studio.sim.fixtures.SeedScenarios.HandlerConfig;
import coyotos.studio.sim.fixtures.SeedScenarios.Params;
import coyotos.studio.sim.image.Setup;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.result.EventSink;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;
import coyotos.studio.sim.run.Simulation;
import coyotos.studio.sim.run.SimulationLimits;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A plain run checks its cycle and event limits where the kernel spends (RunBudget: after a step's work, before the
 * scheduler preempts the process whose slice expired in it); the debugger checks them at the same point, so a run
 * ended by a limit is the same run under both. The bounds tried sit on the steps that end in a preemption, where
 * checking after the whole step would end one preemption later.
 */
@DisplayName("A run ended by its cycle or event limit ends at the same point under the debugger as in a plain run")
class LimitEndTest {

    /** Every event of the whole run: its index is the count of events before it. */
    private record Event(long cycle, EventType type, long value) {
    }

    /** Three workers share the CPU, so the scheduler preempts (Scheduler: a slice expires while others wait). */
    private static final SystemImage IMAGE = SeedScenarios.build(HandlerConfig.EXTERNAL_OWN_SPACE,
            Params.defaults().withWorkers(3).withHeapPages(32), Setup.DEFAULT);
    private static final List<Event> EVENTS = new ArrayList<>();
    private static final RunResult WHOLE = Simulation.of(IMAGE).sink(new EventSink() {
        @Override
        public void onEvent(long cycle, EventType type, int process, int peer, long value, long detail) {
            EVENTS.add(new Event(cycle, type, value));
        }
    }).run();

    /** Indices of the first events that make a process ready again (a preemption among them). */
    private static List<Integer> readyAgain() {
        List<Integer> found = new ArrayList<>();
        for (int i = 1; i < EVENTS.size() && found.size() < 12; i++) {
            Event e = EVENTS.get(i);
            if (e.type() == EventType.STATE_CHANGE && e.value() == ProcessState.READY.ordinal()) {
                found.add(i);
            }
        }
        return found;
    }

    @Test
    @DisplayName("Event limits at the steps before a process becomes ready again: the same digest, cycles and events")
    void eventLimits() {
        assertTrue(readyAgain().size() >= 4, "the run makes processes ready again: " + readyAgain().size());
        for (int at : readyAgain()) {
            for (int back = 0; back < 3 && at - back > 0; back++) {
                sameEnd(new SimulationLimits(Long.MAX_VALUE, at - back, Long.MAX_VALUE, Long.MAX_VALUE, 1 << 10),
                        Termination.EVENT_LIMIT);
            }
        }
    }

    @Test
    @DisplayName("Cycle limits at the steps before a process becomes ready again: the same digest, cycles and events")
    void cycleLimits() {
        for (int at : readyAgain()) {
            for (int back = 1; back < 4 && at - back > 0; back++) {
                long bound = EVENTS.get(at - back).cycle() + 1;
                if (bound < WHOLE.totalCycles()) {
                    sameEnd(new SimulationLimits(bound, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, 1 << 10),
                            Termination.CYCLE_LIMIT);
                }
            }
        }
    }

    @Test
    @DisplayName("Going back from a limit's end and running again ends the same way")
    void againAfterGoingBack() {
        SimulationLimits limits = new SimulationLimits(WHOLE.totalCycles() / 2 + 1, Long.MAX_VALUE, Long.MAX_VALUE,
                Long.MAX_VALUE, 1 << 10);
        RunResult plain = Simulation.of(IMAGE).limits(limits).run();
        try (DebugSession s = Simulation.of(IMAGE).limits(limits).debug(DebugSession.Recorder.NONE)) {
            assertEquals(StopReason.END, s.resume().reason());
            s.stepBack();
            s.stepBack();
            assertEquals(StopReason.END, s.resume().reason());
            assertEquals(plain.digestHex(), s.result().digestHex());
            assertEquals(Termination.CYCLE_LIMIT, s.result().termination());
        }
    }

    private static void sameEnd(SimulationLimits limits, Termination expected) {
        RunResult plain = Simulation.of(IMAGE).limits(limits).run();
        String bound = expected + " at " + (expected == Termination.EVENT_LIMIT ? limits.maxEvents() + " events"
                : limits.maxCycles() + " cycles");
        assertEquals(expected, plain.termination(), bound);
        try (DebugSession s = Simulation.of(IMAGE).limits(limits).debug(DebugSession.Recorder.NONE)) {
            assertEquals(StopReason.END, s.resume().reason(), bound);
            RunResult debugged = s.result();
            assertEquals(expected, debugged.termination(), bound);
            assertEquals(plain.events(), debugged.events(), bound + ": the same last event");
            assertEquals(plain.totalCycles(), debugged.totalCycles(), bound + ": the same cycle");
            assertEquals(plain.digestHex(), debugged.digestHex(), bound + ": the same run");
        }
    }
}
