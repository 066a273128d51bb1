package coyotos.studio.sim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.image.Access;
import coyotos.studio.sim.image.Setup;
import coyotos.studio.sim.image.Step;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Every run ends within its limits, and says which process spent them")
class RunLimitsTest {
    private static final Setup SMALL = Setup.DEFAULT.withLimits(Long.MAX_VALUE, 10_000);

    @Test
    @DisplayName("Nested loops whose bodies emit no event end at the step limit (4 steps per allowed event)")
    void nestedEmptyLoopsEndAtTheStepLimit() {
        SystemImage img = Runaways.worker(SMALL, Step.Loop.of(Long.MAX_VALUE, Step.Loop.of(Long.MAX_VALUE)));
        RunResult r = Simulation.run(img);
        assertEquals(Termination.STEP_LIMIT, r.termination(), r.diagnosis());
        assertTrue(r.diagnosis().startsWith("STEP_LIMIT: the run reached its limit of 40,000 steps"), r.diagnosis());
        assertTrue(r.diagnosis().contains("while process 'worker' was running"), r.diagnosis());
        assertTrue(r.diagnosis().contains("'worker' spent most of them: 40,000 of 40,000 steps (100.0%)"), r.diagnosis());
    }

    @Test
    @DisplayName("Under the debugger, nested loops that emit no event end at the same step limit, with the same state")
    void debuggedEmptyLoopsEndAtTheStepLimit() {
        SystemImage img = Runaways.worker(SMALL, Step.Loop.of(Long.MAX_VALUE, Step.Loop.of(Long.MAX_VALUE)));
        RunResult plain = Simulation.run(img);
        try (coyotos.studio.sim.debug.DebugSession s = Simulation.of(img).debug(null)) {
            assertEquals(coyotos.studio.sim.debug.StopReason.END, s.resume().reason());
            RunResult r = s.result();
            assertEquals(Termination.STEP_LIMIT, r.termination(), r.diagnosis());
            assertTrue(r.diagnosis().startsWith("STEP_LIMIT: the run reached its limit of 40,000 steps"), r.diagnosis());
            assertEquals(plain.digest(), r.digest(), "a step ends between events: the plain run stops at the same place");
        }
    }

    @Test
    @DisplayName("A zero-length touch in an endless loop ends at the step limit")
    void zeroLengthTouchLoopEnds() {
        SystemImage img = Runaways.worker(SMALL,
                Step.Loop.of(Long.MAX_VALUE, new Step.Touch(Runaways.DATA, 0, 8, Access.READ)));
        RunResult r = Simulation.run(img);
        assertEquals(Termination.STEP_LIMIT, r.termination(), r.diagnosis());
        assertTrue(r.events() < 10, "an empty touch emits nothing, only the start does: " + r.events());
    }

    @Test
    @DisplayName("A server's per-message work is checked reference by reference: a 3 GiB touch stops at the event "
            + "limit, and the diagnosis blames the server, not its client")
    void longServerWorkStopsInsideTheStep() {
        Setup setup = Setup.DEFAULT.withLimits(Long.MAX_VALUE, 100_000);
        SystemImage img = Runaways.clientAndServer(setup, 10, 3L << 30, 1024);
        RunResult r = Simulation.run(img);
        assertEquals(Termination.EVENT_LIMIT, r.termination(), r.diagnosis());
        assertEquals(100_001, r.events(), "stops at the event that reaches the limit, then records the stop");
        assertTrue(r.diagnosis().contains("while server 'server' was doing its per-message work"),
                r.diagnosis());
        assertTrue(r.diagnosis().contains("'server' spent most of them"), r.diagnosis());
    }

    @Test
    @DisplayName("The cycle counter saturates: two computes of Long.MAX_VALUE cycles read as Long.MAX_VALUE, not negative")
    void cyclesSaturate() {
        SystemImage img = Runaways.worker(Setup.DEFAULT.withLimits(Long.MAX_VALUE, 1_000),
                new Step.Compute(Long.MAX_VALUE), new Step.Compute(Long.MAX_VALUE), new Step.Compute(5));
        RunResult r = Simulation.run(img);
        assertEquals(Long.MAX_VALUE, r.totalCycles());
        assertEquals(Long.MAX_VALUE, r.categories().total());
        assertEquals(Termination.CYCLE_LIMIT, r.termination(), "Long.MAX_VALUE reaches even the largest limit");
    }

    @Test
    @DisplayName("A run bounded by wall time ends with TIME_LIMIT")
    void wallTimeBound() {
        SystemImage img = Runaways.worker(Setup.DEFAULT.withLimits(Long.MAX_VALUE, Long.MAX_VALUE),
                Step.Loop.of(Long.MAX_VALUE, Step.Touch.pages(Runaways.DATA, 4, Access.READ)));
        RunResult r = Simulation.of(img).limits(SimulationLimits.of(img.setup()).withWallNanos(50_000_000L)).run();
        assertEquals(Termination.TIME_LIMIT, r.termination(), r.diagnosis());
        assertTrue(r.diagnosis().startsWith("TIME_LIMIT: the run reached its wall-time limit of 0.1 s"), r.diagnosis());
    }

    @Test
    @DisplayName("Loops nested 100,000 deep compile and run without recursion")
    void deepNesting() {
        Step s = new Step.Touch(Runaways.DATA, 8, 8, Access.READ);
        for (int i = 0; i < 100_000; i++) {
            s = new Step.Loop(1, List.of(s));
        }
        // 200,000 loop steps around one touch: within the steps a million events allow
        RunResult r = Simulation.run(Runaways.worker(Setup.DEFAULT.withLimits(Long.MAX_VALUE, 1_000_000), s));
        assertEquals(Termination.COMPLETED, r.termination(), r.diagnosis());
        assertEquals(ProcessState.DONE, r.process("worker").orElseThrow().finalState());
    }

    @Test
    @DisplayName("Processes that halt make the run end HALTED and are named; long lists are cut")
    void haltedProcessesAreCounted() {
        SystemImage.Builder b = SystemImage.builder("halts").setup(SMALL);
        for (int i = 0; i < 8; i++) {
            // no address space and no handler: the 2007 kernel never raises NoAddrSpace at start
            // (kern_Process.c), so the first reference faults and, with nobody to deliver it to, the process halts
            b.process(coyotos.studio.sim.image.ProcessSpec.builder("p" + i).name("p" + i)
                    .workload(new Step.Touch(Runaways.DATA, 8, 8, Access.READ)).build());
        }
        RunResult r = Simulation.run(b.build());
        assertEquals(Termination.HALTED, r.termination(), r.diagnosis() + " " + r.processes().stream().map(p -> p.name() + "=" + p.finalState()).toList() + r.faults());
        assertTrue(r.diagnosis().contains("process 'p0' halted on "), r.diagnosis());
        assertTrue(r.diagnosis().endsWith("and 3 more halted processes"), r.diagnosis());
    }
}
