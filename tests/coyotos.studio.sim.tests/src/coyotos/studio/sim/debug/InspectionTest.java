package coyotos.studio.sim.debug;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.fixtures.SeedScenarios;
import coyotos.studio.sim.image.Access;
import coyotos.studio.sim.image.CapType;
import coyotos.studio.sim.image.Capability;
import coyotos.studio.sim.image.Gpt;
import coyotos.studio.sim.image.ProcessSpec;
import coyotos.studio.sim.image.Step;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.kernel.KernelProbe;
import coyotos.studio.sim.memory.Cap;
import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.sim.run.Simulation;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Debug session: looking at processes, their memory, and changing them as a handler could")
class InspectionTest {

    /**
     * Two processes in two spaces that map one page at different addresses: {@code a} at 0x1000 (its GPT's slot
     * 1), {@code b} at 0x5000 (slot 5). {@code a} writes 8 bytes at 0x1008 three times in a loop; {@code b} reads
     * its page once.
     */
    static SystemImage sharedPage() {
        SystemImage.Builder b = SystemImage.builder("shared-page").page("shared").page("a-own");
        b.gpt(Gpt.of("a-space", 12).withSlot(0, Capability.page("a-own")).withSlot(1, Capability.page("shared")));
        b.gpt(Gpt.of("b-space", 12).withSlot(5, Capability.page("shared")));
        b.process(ProcessSpec.builder("a").addressSpace(Capability.gpt("a-space"))
                .workload(new Step.Compute(10), Step.Loop.of(3, new Step.Touch(0x1008, 8, 8, Access.WRITE),
                        new Step.Compute(100), new Step.Yield()))
                .build());
        b.process(ProcessSpec.builder("b").addressSpace(Capability.gpt("b-space"))
                .workload(new Step.Touch(0x5000, 4096, 4096, Access.READ)).build());
        return b.build();
    }

    static DebugSession open(SystemImage image) {
        return Simulation.of(image).debug(DebugSession.Recorder.NONE);
    }

    @Test
    @DisplayName("A watchpoint on b's address stops at a's write to the same page through a's own GPT")
    void watchpointThroughTheGptWalk() {
        try (DebugSession s = open(sharedPage())) {
            int a = s.probe().processIndex("a");
            s.setBreakpoints(List.of(Breakpoint.of(1, new Breakpoint.Watch("b", 0x5008, 8, false, true))));
            Stop hit = s.resume();
            assertEquals(StopReason.BREAKPOINT, hit.reason());
            assertEquals(EventType.TOUCH, hit.event().type());
            assertEquals(a, hit.process());
            assertEquals(0x1008, hit.event().value(), "a's address for the watched bytes");
            Stop second = s.resume();
            assertEquals(StopReason.BREAKPOINT, second.reason(), "the loop writes again");
        }
        try (DebugSession s = open(sharedPage())) {
            s.setBreakpoints(List.of(Breakpoint.of(2, new Breakpoint.Watch("a", 0x1000, 8, true, false))));
            Stop read = s.resume();
            assertEquals(StopReason.BREAKPOINT, read.reason(), "a's writes are not reads; b's read is");
            assertEquals(s.probe().processIndex("b"), read.process());
            assertEquals(0x5000, read.event().value());
            assertEquals(StopReason.END, s.resume().reason());
        }
    }

    @Test
    @DisplayName("A watch on bytes nobody touches never stops")
    void watchpointElsewhere() {
        try (DebugSession s = open(sharedPage())) {
            s.setBreakpoints(List.of(Breakpoint.of(1, new Breakpoint.Watch("b", 0x5800, 8, true, true))));
            assertEquals(StopReason.END, s.resume().reason());
        }
    }

    @Test
    @DisplayName("Memory reads through the GPT tree: a mapped page as bytes, an unmapped address as its fault")
    void memoryThroughTheGptTree() {
        try (DebugSession s = open(sharedPage())) {
            int a = s.probe().processIndex("a");
            int b = s.probe().processIndex("b");
            s.stepEvent();
            s.change(new Change.Memory(b, 0x5008, new byte[] { 1, 2, 3 }));
            List<VirtualMemory.Span> seenByA = s.memory().read(a, 0x1006, 6);
            assertEquals(1, seenByA.size());
            assertArrayEquals(new byte[] { 0, 0, 1, 2, 3, 0 }, seenByA.get(0).bytes(), "one page, two addresses");
            List<VirtualMemory.Span> across = s.memory().read(b, 0x5ffe, 4);
            assertEquals(2, across.size(), "a read across a page boundary is two spans");
            assertTrue(across.get(0).mapped());
            assertFalse(across.get(1).mapped(), "0x6000 is slot 6 of b's GPT: empty");
            assertNull(across.get(1).bytes(), "never zeros for an unmapped address");
            assertEquals(FaultCode.INVALID_DATA_REFERENCE.code(), across.get(1).faultCode());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> s.change(new Change.Memory(b, 0x6000, new byte[] { 9 })));
            assertEquals("0x6000 is not mapped: the translation faults with INVALID_DATA_REFERENCE", e.getMessage());
            assertEquals(1, s.changes().size(), "a refused change is not kept");
        }
    }

    @Test
    @DisplayName("Stepping back before a memory write takes it back; forward again makes it again")
    void memoryWritesGoBackWithTheRun() {
        try (DebugSession s = open(sharedPage())) {
            int b = s.probe().processIndex("b");
            s.stepEvent();
            s.stepEvent();
            s.change(new Change.Memory(b, 0x5000, new byte[] { 42 }));
            long here = s.stop().position();
            s.stepBack();
            assertEquals(0, s.memory().read(b, 0x5000, 1).get(0).bytes()[0]);
            while (s.stop().position() < here) {
                s.stepEvent();
            }
            assertEquals(42, s.memory().read(b, 0x5000, 1).get(0).bytes()[0]);
        }
    }

    @Test
    @DisplayName("A process's place in its workload: the step and the loops around it")
    void workloadPosition() {
        try (DebugSession s = open(sharedPage())) {
            int a = s.probe().processIndex("a");
            s.setBreakpoints(List.of(Breakpoint.of(1, new Breakpoint.Watch("a", 0x1008, 8, false, true))));
            s.resume();
            s.resume();
            KernelProbe.ProgramPosition p = s.probe().position(a);
            assertEquals("workload", p.program());
            assertEquals(new Step.Touch(0x1008, 8, 8, Access.WRITE), p.step());
            assertEquals(1, p.loops().size());
            assertEquals(2, p.loops().get(0).iteration(), "the second time round");
            assertEquals(3, p.loops().get(0).times());
        }
    }

    @Test
    @DisplayName("A handler's work: the fault message it is handling, from whom, with what code and address")
    void whatAHandlerHandles() {
        SystemImage seed = SeedScenarios.build(SeedScenarios.HandlerConfig.EXTERNAL_OWN_SPACE,
                SeedScenarios.Params.defaults().withHeapPages(4), null);
        try (DebugSession s = open(seed)) {
            int worker = s.probe().processIndex("worker0");
            int pager = s.probe().processIndex("pager0");
            assertNull(s.probe().handling(pager), "it waits to receive");
            s.setBreakpoints(List.of(Breakpoint.of(1, new Breakpoint.StateReached("pager0", ProcessState.RUNNING))));
            s.resume();
            KernelProbe.Handling h = s.probe().handling(pager);
            assertTrue(h.fault());
            assertEquals(worker, h.from());
            assertEquals(FaultCode.INVALID_DATA_REFERENCE.code(), h.code());
            assertEquals(SeedScenarios.HEAP, h.address());
            assertEquals(ProcessState.FAULTED, s.probe().process(worker).state());
            assertEquals(KernelProbe.Role.SERVER, s.probe().process(pager).role());
        }
    }

    @Test
    @DisplayName("Changes the kernel would refuse a handler are refused, as Process.idl says")
    void refusedChanges() {
        try (DebugSession s = open(sharedPage())) {
            int a = s.probe().processIndex("a");
            assertThrows(IllegalArgumentException.class,
                    () -> s.change(new Change.CapRegister(a, 0, Cap.NULL)), "register 0 is always Null");
            assertThrows(IllegalArgumentException.class, () -> s.change(new Change.FaultState(a, 0, 0x10)),
                    "NoFault with fault info");
            Cap gpt = new Cap(CapType.GPT, 0, 0, 0, 64, 0);
            assertThrows(IllegalArgumentException.class, () -> s.change(new Change.Handler(a, gpt)),
                    "a GPT in the handler slot");
            s.change(new Change.CapRegister(a, 9, gpt));
            assertEquals(gpt, s.probe().capRegister(a, 9));
            s.resume();
            assertThrows(IllegalArgumentException.class, () -> s.change(new Change.CapRegister(a, 9, Cap.NULL)),
                    "the run is over");
        }
    }
}
