package coyotos.studio.sim.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.fixtures.SeedScenarios;
import coyotos.studio.sim.fixtures.SeedScenarios.HandlerConfig;
import coyotos.studio.sim.fixtures.SeedScenarios.Params;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.kernel.KernelProbe;
import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.sim.run.Simulation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Breakpoints: faults, invocations, states; conditions and hit counts")
class BreakpointsTest {

    static final SystemImage SEED = SeedScenarios.build(HandlerConfig.EXTERNAL_OWN_SPACE,
            Params.defaults().withHeapPages(6), null);

    static DebugSession open() {
        return Simulation.of(SEED).debug(DebugSession.Recorder.NONE);
    }

    @Test
    @DisplayName("A fault breakpoint by code and process; one for another code never stops")
    void faultByCodeAndProcess() {
        try (DebugSession s = open()) {
            s.setBreakpoints(List.of(
                    Breakpoint.of(1, new Breakpoint.Fault(FaultCode.ACCESS_VIOLATION.code(), null)),
                    Breakpoint.of(2, new Breakpoint.Fault(FaultCode.INVALID_DATA_REFERENCE.code(), "worker0"))));
            Stop hit = s.resume();
            assertEquals(2, hit.breakpoint());
            assertEquals(s.probe().processIndex("worker0"), hit.process());
            s.setBreakpoints(List.of(Breakpoint.of(3, new Breakpoint.Fault(-1, "pager0"))));
            assertEquals(StopReason.END, s.resume().reason(), "the pager never faults");
        }
    }

    @Test
    @DisplayName("Invocations: the fault upcall to the pager's endpoint, the pager's call on the bank, its GPT stores")
    void invocations() {
        try (DebugSession s = open()) {
            s.setBreakpoints(List.of(Breakpoint.of(1,
                    new Breakpoint.Invocation(Breakpoint.Target.ENDPOINT, "pager0.ep", null))));
            Stop upcall = s.resume();
            assertEquals(EventType.FAULT_DELIVERED, upcall.event().type());
            assertEquals(s.probe().processIndex("pager0"), upcall.event().peer());
            s.setBreakpoints(List.of(Breakpoint.of(2,
                    new Breakpoint.Invocation(Breakpoint.Target.SPACE_BANK, SeedScenarios.BANK, "pager0"))));
            Stop bank = s.resume();
            assertEquals(EventType.IPC_SEND, bank.event().type());
            assertTrue(s.probe().isBank(bank.event().peer()));
            s.setBreakpoints(List.of(Breakpoint.of(3, new Breakpoint.Invocation(Breakpoint.Target.GPT, null, null))));
            Stop store = s.resume();
            assertEquals(EventType.INVOKE, store.event().type());
            assertEquals(KernelProbe.INVOKED_GPT, store.event().value());
            s.setBreakpoints(List.of(Breakpoint.of(4,
                    new Breakpoint.Invocation(Breakpoint.Target.PROCESS, null, "pager0"))));
            Stop resume = s.resume();
            assertEquals(KernelProbe.INVOKED_PROCESS, resume.event().value());
            assertEquals(s.probe().processIndex("worker0"), resume.event().peer(), "the pager resumes the worker");
        }
    }

    @Test
    @DisplayName("A process reaching a state: the worker done")
    void stateReached() {
        try (DebugSession s = open()) {
            s.setBreakpoints(List.of(Breakpoint.of(1, new Breakpoint.StateReached("worker0", ProcessState.DONE))));
            Stop done = s.resume();
            assertEquals(StopReason.BREAKPOINT, done.reason());
            assertEquals(ProcessState.DONE, s.probe().process(done.process()).state());
            assertEquals(StopReason.END, s.resume().reason());
        }
    }

    @Test
    @DisplayName("A hit count stops at the n-th hit only; hits are counted with the run, back and forth")
    void hitCount() {
        try (DebugSession s = open()) {
            s.setBreakpoints(List.of(new Breakpoint(1, new Breakpoint.Fault(-1, null), null, 3)));
            Stop third = s.resume();
            assertEquals(SeedScenarios.HEAP + 2 * 4096, third.event().value());
            assertEquals(Map.of(1, 3L), s.hits());
            assertEquals(StopReason.END, s.resume().reason(), "later hits do not stop");
            assertEquals(Map.of(1, 6L), s.hits());
            s.runBackToFault();
            assertEquals(Map.of(1, 6L), s.hits(), "at the last fault: six hits, counting that one");
            s.stepBack();
            assertEquals(Map.of(1, 5L), s.hits());
        }
    }

    @Test
    @DisplayName("A condition decides; one that cannot be evaluated stops and says why")
    void conditions() {
        try (DebugSession s = open()) {
            s.setBreakpoints(List.of(new Breakpoint(1, new Breakpoint.Fault(-1, null),
                    "process == \"worker0\" && address >= 0x" + Long.toHexString(SeedScenarios.HEAP + 4 * 4096)
                            + " && code == INVALID_DATA_REFERENCE && state == \"RUNNING\"", 0)));
            Stop fifth = s.resume();
            assertEquals(SeedScenarios.HEAP + 4 * 4096, fifth.event().value());
            s.setBreakpoints(List.of(new Breakpoint(2, new Breakpoint.Fault(-1, null), "process + 1 > 0", 0)));
            Stop broken = s.resume();
            assertEquals(2, broken.breakpoint());
            assertEquals("the condition \"process + 1 > 0\" could not be evaluated: \"worker0\" is text, not a number",
                    broken.detail());
        }
    }

    @Test
    @DisplayName("A condition that does not compile is refused when set, with where the mistake is")
    void badConditions() {
        try (DebugSession s = open()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.setBreakpoints(
                    List.of(new Breakpoint(5, new Breakpoint.Fault(-1, null), "adress == 4", 0))));
            assertEquals("breakpoint 5: condition, column 1: 'adress' is not a variable; the variables are cycle, "
                    + "position, event, process, peer, address, code, faultCode, faultInfo, state and hits",
                    e.getMessage());
            assertEquals("condition, column 9: the condition ends where a value is needed",
                    assertThrows(IllegalArgumentException.class, () -> BreakpointCondition.compile("cycle > ")).getMessage());
            assertEquals("condition, column 7: unexpected ')'",
                    assertThrows(IllegalArgumentException.class, () -> BreakpointCondition.compile("1 == 1)")).getMessage());
        }
    }

    @Test
    @DisplayName("Condition arithmetic and logic as C reads them")
    void conditionLanguage() {
        BreakpointCondition.Variables v = name -> switch (name) {
            case "address" -> 0x4000_2000L;
            case "process" -> "app";
            case "hits" -> 2L;
            default -> null;
        };
        assertTrue(BreakpointCondition.compile("(address & 0xfff) == 0 && address != 0 || 0").test(v));
        assertTrue(BreakpointCondition.compile("address - 0x40000000 == 8192").test(v));
        assertTrue(BreakpointCondition.compile("!(hits < 2) && hits % 2 == 0 && hits * 3 / 2 == 3").test(v));
        assertFalse(BreakpointCondition.compile("process != \"app\" || -hits > 0").test(v));
        assertTrue(BreakpointCondition.compile("(address | 1) & 1").test(v));
        assertTrue(BreakpointCondition.compile("hits <= 2 && hits >= 2 && 0x10 == 16 && 1_000 == 1000").test(v));
    }
}
