package coyotos.studio.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.fixtures.SeedScenarios;
import coyotos.studio.sim.fixtures.SeedScenarios.HandlerConfig;
import coyotos.studio.sim.fixtures.SeedScenarios.Params;
import coyotos.studio.sim.image.Access;
import coyotos.studio.sim.image.CapType;
import coyotos.studio.sim.image.Capability;
import coyotos.studio.sim.image.FaultAction;
import coyotos.studio.sim.image.Gpt;
import coyotos.studio.sim.image.Page;
import coyotos.studio.sim.image.ProcessSpec;
import coyotos.studio.sim.image.Restrictions;
import coyotos.studio.sim.image.ServerBehavior;
import coyotos.studio.sim.image.Setup;
import coyotos.studio.sim.image.Step;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.image.Workload;
import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.memory.ObjectIndex;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.FaultHandlerKind;
import coyotos.studio.sim.result.FaultMessages;
import coyotos.studio.sim.result.ProcessResult;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.SimEvent;
import coyotos.studio.sim.result.Termination;
import coyotos.studio.sim.run.Simulation;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Fault delivery to memory handlers as proc_deliver_memory_fault does it (kern_Process.c:272-401, spec §4.3.2). */
@DisplayName("Memory handlers: search, message, fall-through to the process handler")
class MemoryHandlerDeliveryTest {
    private static final int HEAP_FAULTS = 8;

    private static SystemImage seed() {
        return SeedScenarios.build(HandlerConfig.MEMORY_HANDLER, Params.defaults().withHeapPages(HEAP_FAULTS),
                Setup.DEFAULT);
    }

    private static SystemImage withPagerAction(SystemImage img, FaultAction a) {
        ServerBehavior old = img.processes().stream().filter(p -> p.id().equals("pager0")).findFirst().orElseThrow()
                .server();
        return Images.withServer(img, "pager0", new ServerBehavior(old.perMessage(), old.computeCycles(), a,
                old.stackBytes()));
    }

    private static long received(RunResult r, String process) {
        return r.process(process).orElseThrow().messagesReceived();
    }

    @Test
    @DisplayName("Scenario 6: the memory handler takes faults under its GPT, the process handler the others")
    void memoryHandlerBeatsProcessHandler() {
        int stray = 3;
        SystemImage img = Images.withWorkload(seed(), "worker0", Workload.of(
                Step.Loop.of(HEAP_FAULTS, new Step.Stream(SeedScenarios.HEAP, HEAP_FAULTS * Page.SIZE, Page.SIZE,
                        Page.SIZE, Access.WRITE)),
                Step.Touch.pages(0x0080_0000L, stray, Access.WRITE)));
        Images.Traced t = Images.trace(img, EventType.FAULT_DELIVERED);
        assertEquals(Termination.COMPLETED, t.result().termination(), t.result().diagnosis());
        assertEquals(HEAP_FAULTS, received(t.result(), "pager0"));
        assertEquals(stray, received(t.result(), "keeper0"));
        assertEquals(HEAP_FAULTS, t.of(EventType.FAULT_DELIVERED).stream()
                .filter(e -> e.detail() == FaultHandlerKind.MEMORY_HANDLER.ordinal()).count());
    }

    @Test
    @DisplayName("kern_Process.c:309-352: the message carries the fault code, the address relative to the kept GPT, a restart-only process capability and a full-strength GPT capability")
    void memoryHandlerMessage() {
        SystemImage img = seed();
        int heap = new ObjectIndex(img).index(CapType.GPT, SeedScenarios.heapGpt(0));
        List<SimEvent> messages = Images.trace(img, EventType.FAULT_MESSAGE).of(EventType.FAULT_MESSAGE);
        assertEquals(HEAP_FAULTS, messages.size());
        for (int i = 0; i < messages.size(); i++) {
            SimEvent m = messages.get(i);
            assertEquals("pager0", m.processName());
            assertEquals("worker0", m.peerName());
            assertTrue(FaultMessages.memoryHandler(m.detail()));
            assertEquals(FaultCode.INVALID_DATA_REFERENCE.code(), FaultMessages.faultCode(m.detail()));
            assertEquals(heap, FaultMessages.keptGpt(m.detail()));
            // The heap GPT sits at 0x40000000: the handler sees the address relative to it.
            assertEquals((long) i * Page.SIZE, m.value());
            String text = FaultMessages.describe(m.value(), m.detail());
            assertTrue(text.contains("restart-only process capability") && text.contains("full-strength GPT"), text);
        }
    }

    @Test
    @DisplayName("A process handler's message carries the fault code, the fault info and a process capability")
    void processHandlerMessage() {
        SystemImage img = SeedScenarios.build(HandlerConfig.EXTERNAL_OWN_SPACE, Params.defaults().withHeapPages(2),
                Setup.DEFAULT);
        List<SimEvent> messages = Images.trace(img, EventType.FAULT_MESSAGE).of(EventType.FAULT_MESSAGE);
        assertEquals(2, messages.size());
        assertFalse(FaultMessages.memoryHandler(messages.get(0).detail()));
        assertEquals(SeedScenarios.HEAP, messages.get(0).value(), "the absolute fault address");
        assertEquals(-1, FaultMessages.keptGpt(messages.get(0).detail()));
    }

    @Test
    @DisplayName("A memory handler that cannot fix the fault calls resume(false): the process handler then gets it")
    void resumeFalseGoesToTheProcessHandler() {
        RunResult r = Simulation.run(withPagerAction(seed(), FaultAction.refuse()));
        assertEquals(Termination.COMPLETED, r.termination(), r.diagnosis());
        assertEquals(HEAP_FAULTS, received(r, "pager0"));
        assertEquals(HEAP_FAULTS, received(r, "keeper0"), "the keeper maps what the pager refused");
        assertEquals(2 * HEAP_FAULTS, r.faults().delivered());
        assertEquals(HEAP_FAULTS, r.faults().raised(), "the fault is delivered twice, raised once");
        assertEquals(ProcessState.DONE, r.process("worker0").orElseThrow().finalState());
    }

    @Test
    @DisplayName("kern_Process.c:370: a deepest ha GPT whose slot 15 is no entry capability is still chosen; the failed upcall falls through to the process handler")
    void failedUpcallFallsThrough() {
        SystemImage img = seed();
        img = Images.withGpt(img, SeedScenarios.heapGpt(0), g -> g.withSlot(Gpt.HANDLER_SLOT, Capability.NULL));
        RunResult r = Simulation.run(img);
        assertEquals(0, received(r, "pager0"));
        assertEquals(HEAP_FAULTS, received(r, "keeper0"));
        assertEquals(ProcessState.DONE, r.process("worker0").orElseThrow().finalState());
    }

    @Test
    @DisplayName("Memory.idl no-call: a no-call capability above the ha GPT keeps its memory handler from being called")
    void noCallStopsTheSearch() {
        SystemImage img = seed();
        String root = "w0.root";
        img = Images.withGpt(img, root, g -> g.withSlot(1, g.slot(1).withRestrictions(Restrictions.NC)));
        RunResult r = Simulation.run(img);
        assertEquals(0, received(r, "pager0"));
        assertEquals(HEAP_FAULTS, received(r, "keeper0"));
    }

    @Test
    @DisplayName("kern_Process.c:294-297: an AccessViolation stops the search at the first read-only capability")
    void accessViolationStopsAtReadOnly() {
        SystemImage img = Images.withGpt(seed(), "w0.root", g -> g.withSlot(1, g.slot(1).withRestrictions(Restrictions.RO)));
        RunResult r = Simulation.run(img);
        ProcessResult w = r.process("worker0").orElseThrow();
        assertEquals(0, received(r, "pager0"), "the heap GPT's handler lies below the read-only capability");
        assertEquals(1, received(r, "keeper0"));
        assertEquals(ProcessState.HALTED, w.finalState(), "the keeper cannot map over a read-only path and refuses");
        assertEquals(FaultCode.ACCESS_VIOLATION.code(), w.lastFaultCode());
    }

    @Test
    @DisplayName("A handler that faults goes to its own handlers")
    void handlerFaultGoesToItsOwnHandler() {
        SystemImage img = SeedScenarios.build(HandlerConfig.EXTERNAL_OWN_SPACE, Params.defaults().withHeapPages(4),
                Setup.DEFAULT);
        ProcessSpec pager = img.processes().stream().filter(p -> p.id().equals("pager0")).findFirst().orElseThrow();
        ServerBehavior s = pager.server();
        List<Step.Touch> touches = new java.util.ArrayList<>(s.perMessage());
        touches.add(Step.Touch.pages(0x0060_0000L, 1, Access.WRITE)); // unmapped in the pager's own space
        img = Images.withServer(img, "pager0", new ServerBehavior(touches, s.computeCycles(), s.onFault(), s.stackBytes()));
        ProcessSpec keeper = ProcessSpec.builder("pagerkeeper").name("pagerkeeper")
                .addressSpace(pager.addressSpace()).capRegister(3, Capability.spaceBank(SeedScenarios.BANK))
                .server(new ServerBehavior(List.of(), 100, FaultAction.mapFreshPage("pager0.root", SeedScenarios.BANK),
                        4096))
                .build();
        img = Images.adding(img, List.of(keeper),
                List.of(new coyotos.studio.sim.image.Endpoint("pagerkeeper.ep", "pagerkeeper", false, 9)));
        img = Images.withHandler(img, "pager0", Capability.entry("pagerkeeper.ep", 0));
        RunResult r = Simulation.run(img);
        assertEquals(Termination.COMPLETED, r.termination(), r.diagnosis());
        assertEquals(1, received(r, "pagerkeeper"), "the pager's own fault, once");
        assertEquals(ProcessState.DONE, r.process("worker0").orElseThrow().finalState());
        assertEquals(4, received(r, "pager0"));
    }
}
