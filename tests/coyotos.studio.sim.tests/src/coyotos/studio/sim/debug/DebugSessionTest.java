package coyotos.studio.sim.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.fixtures.SeedScenarios;
import coyotos.studio.sim.fixtures.SeedScenarios.HandlerConfig;
import coyotos.studio.sim.fixtures.SeedScenarios.Params;
import coyotos.studio.sim.image.Setup;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.kernel.KernelProbe;
import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;
import coyotos.studio.sim.run.Simulation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Debug session: stepping, breakpoints and the end of a run")
class DebugSessionTest {

    static final SystemImage SEED = SeedScenarios.build(HandlerConfig.EXTERNAL_OWN_SPACE,
            Params.defaults().withHeapPages(8), Setup.DEFAULT);

    static DebugSession open(SystemImage image) {
        return Simulation.of(image).debug(DebugSession.Recorder.NONE);
    }

    @Test
    @DisplayName("A session starts before the first step, every process in its initial state")
    void startsAtTheStart() {
        try (DebugSession s = open(SEED)) {
            Stop start = s.stop();
            assertEquals(StopReason.START, start.reason());
            assertTrue(start.boundary());
            assertEquals(0, start.steps());
            assertEquals(0, s.cycle());
            int worker = s.probe().processIndex("worker0");
            assertEquals(ProcessState.READY, s.probe().process(worker).state());
            assertEquals(KernelProbe.Role.WORKLOAD, s.probe().process(worker).role());
            assertEquals(-1, s.probe().onCpu());
        }
    }

    @Test
    @DisplayName("Resumed to the end, the run is the plain run: the same digest, cycles and events")
    void resumedToTheEndIsThePlainRun() {
        RunResult plain = Simulation.run(SEED);
        try (DebugSession s = open(SEED)) {
            Stop end = s.resume();
            assertEquals(StopReason.END, end.reason());
            assertEquals(Termination.COMPLETED, end.termination());
            RunResult r = s.result();
            assertEquals(plain.digest(), r.digest());
            assertEquals(plain.totalCycles(), r.totalCycles());
            assertEquals(plain.events(), r.events());
            assertEquals(StopReason.END, s.resume().reason(), "the end stays the end");
        }
    }

    @Test
    @DisplayName("A breakpointed run, stepped and resumed to the end, gives the plain run's digest")
    void breakpointsDoNotChangeTheRun() {
        RunResult plain = Simulation.run(SEED);
        try (DebugSession s = open(SEED)) {
            s.setBreakpoints(List.of(Breakpoint.of(1, new Breakpoint.Fault(-1, null))));
            int hits = 0;
            Stop stop = s.resume();
            while (stop.reason() != StopReason.END) {
                boolean breakpoint = stop.reason() == StopReason.BREAKPOINT;
                if (breakpoint) {
                    hits++;
                    assertEquals(EventType.FAULT_RAISED, stop.event().type());
                    assertEquals(1, stop.breakpoint());
                }
                // now and then a step or two between the breakpoints
                stop = breakpoint && hits % 3 == 0 ? s.stepEvent() : s.resume();
            }
            assertEquals(8, hits, "one fault per fresh heap page");
            assertEquals(plain.digest(), s.result().digest());
            assertEquals(Long.valueOf(8), s.hits().get(1));
        }
    }

    @Test
    @DisplayName("Step into stops at each kernel event: a fault, an invocation, a dispatch")
    void stepStopsAtKernelEvents() {
        try (DebugSession s = open(SEED)) {
            List<EventType> kinds = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Stop stop = s.stepEvent();
                assertEquals(StopReason.STEP, stop.reason());
                assertTrue((DebugSession.KERNEL_EVENTS & stop.event().type().bit()) != 0, stop.toString());
                kinds.add(stop.event().type());
            }
            assertEquals(EventType.CONTEXT_SWITCH, kinds.get(0), "the first is the first dispatch");
            assertTrue(kinds.contains(EventType.FAULT_RAISED));
            assertTrue(kinds.contains(EventType.FAULT_DELIVERED));
            assertTrue(kinds.contains(EventType.IPC_SEND), "the handler calls the space bank");
        }
    }

    @Test
    @DisplayName("Run to the next fault stops at the fault with the faulting process's fault code and info")
    void runToFault() {
        try (DebugSession s = open(SEED)) {
            Stop stop = s.runToFault();
            assertEquals(StopReason.FAULT, stop.reason());
            assertEquals(EventType.FAULT_RAISED, stop.event().type());
            int worker = s.probe().processIndex("worker0");
            assertEquals(worker, stop.process());
            KernelProbe.ProcessView w = s.probe().process(worker);
            assertEquals(FaultCode.INVALID_DATA_REFERENCE.code(), w.faultCode());
            assertEquals(SeedScenarios.HEAP, w.faultInfo(), "the first fresh heap page");
            assertEquals(SeedScenarios.HEAP, stop.event().value());
        }
    }

    @Test
    @DisplayName("Step over a fault: the worker is back in its workload, the page mapped by its handler")
    void stepOverAFault() {
        try (DebugSession s = open(SEED)) {
            s.runToFault();
            int worker = s.probe().processIndex("worker0");
            Stop over = s.stepOver(-1);
            assertEquals(StopReason.STEP_OVER, over.reason());
            assertEquals(worker, over.process());
            KernelProbe.ProcessView w = s.probe().process(worker);
            assertEquals(ProcessState.RUNNING, w.state());
            assertTrue(s.probe().translate(worker, SeedScenarios.HEAP, coyotos.studio.sim.image.Access.WRITE)
                    .mapped(), "the handler mapped the page while the worker was stepped over");
        }
    }

    @Test
    @DisplayName("Suspend from another thread stops a running session")
    void suspendFromAnotherThread() throws Exception {
        SystemImage big = SeedScenarios.build(HandlerConfig.EXTERNAL_OWN_SPACE, Params.defaults().withHeapPages(4096),
                Setup.DEFAULT);
        try (DebugSession s = open(big)) {
            Thread t = new Thread(() -> {
                while (!s.running()) {
                    Thread.onSpinWait();
                }
                s.requestSuspend();
            });
            t.start();
            Stop stop = s.resume();
            t.join();
            assertEquals(StopReason.SUSPENDED, stop.reason());
            assertNull(s.result(), "not at the end");
            assertThrows(IllegalStateException.class, () -> {
                Thread r = new Thread(s::resume);
                r.start();
                while (!s.running()) {
                    Thread.onSpinWait();
                }
                try {
                    s.probe();
                } finally {
                    s.requestSuspend();
                    r.join();
                }
            }, "looking at a running system is refused");
        }
    }

    @Test
    @DisplayName("A closed session refuses commands")
    void closedSession() {
        DebugSession s = open(SEED);
        s.close();
        assertTrue(s.closed());
        assertThrows(IllegalStateException.class, s::stepEvent);
        assertNotEquals(null, s.info());
    }
}
