package coyotos.studio.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.fixtures.SeedScenarios;
import coyotos.studio.sim.fixtures.SeedScenarios.HandlerConfig;
import coyotos.studio.sim.fixtures.SeedScenarios.Params;
import coyotos.studio.sim.image.Access;
import coyotos.studio.sim.image.ActivationConfig;
import coyotos.studio.sim.image.Page;
import coyotos.studio.sim.image.ProcessSpec;
import coyotos.studio.sim.image.Region;
import coyotos.studio.sim.image.Setup;
import coyotos.studio.sim.image.Step;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.image.Workload;
import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.FaultHandlerKind;
import coyotos.studio.sim.result.FaultMessages;
import coyotos.studio.sim.result.ProcessResult;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.SimEvent;
import coyotos.studio.sim.result.Termination;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The activation handler is a what-if from the spec draft before 0.6 (§3.1.2 Activation Save Area, §3.3.1
 * Exception Delivery, IA-32 annex Activation Return), not a Coyotos 0.6 mechanism.
 */
@DisplayName("Activation handler (what-if, draft 0.5 / seed 2007)")
class ActivationWhatIfTest {
    private static final Setup SETUP = Setup.DEFAULT;

    private static long stackTop(Params p) {
        return ActivationConfig.defaultSaveArea(new Region(SeedScenarios.ACTIVATION_STACK, p.handlerStackPages() * Page.SIZE));
    }

    @Test
    @DisplayName("draft §3.3.1: a fault while saving state goes to the external handler as ActivationFail, the original fault kept; a fault on the handler's own stack while activated goes there too; never a loop")
    void unmappedHandlerStackEscalates() {
        Params p = Params.defaults().withHeapPages(16).withActivationStackMapped(false);
        Images.Traced t = Images.trace(SeedScenarios.build(HandlerConfig.ACTIVATION, p, SETUP), EventType.FAULT_MESSAGE,
                EventType.FAULT_DELIVERED);
        RunResult r = t.result();
        assertEquals(Termination.COMPLETED, r.termination(), r.diagnosis());
        assertEquals(2, r.faults().escalated(), "the save area (top stack page), then the other stack page");
        assertEquals(2, r.process("keeper0").orElseThrow().messagesReceived());
        assertEquals(0, r.faults().fatal());
        assertEquals(ProcessState.DONE, r.process("worker0").orElseThrow().finalState());
        SimEvent first = t.of(EventType.FAULT_MESSAGE).get(0);
        assertEquals(FaultCode.ACTIVATION_FAIL.code(), FaultMessages.faultCode(first.detail()));
        assertEquals(stackTop(p), first.value(), "ActivationFail carries the save-area address");
        assertEquals("keeper0", first.processName());
        long upcalls = t.of(EventType.FAULT_DELIVERED).stream().filter(e -> e.detail() == FaultHandlerKind.ACTIVATION_HANDLER.ordinal())
                .count();
        assertEquals(p.heapPages(), upcalls, "each heap fault reaches the activation handler once the save works");
    }

    @Test
    @DisplayName("draft §3.3.1: ActivationFail with no external handler stops the process with its original fault recorded")
    void activationFailWithoutHandlerHalts() {
        Params p = Params.defaults().withHeapPages(16).withActivationStackMapped(false).withKeeper(false);
        RunResult r = coyotos.studio.sim.run.Simulation.run(SeedScenarios.build(HandlerConfig.ACTIVATION, p, SETUP));
        ProcessResult w = r.process("worker0").orElseThrow();
        assertEquals(ProcessState.HALTED, w.finalState());
        assertEquals(FaultCode.INVALID_DATA_REFERENCE.code(), w.lastFaultCode());
        assertEquals(SeedScenarios.HEAP, w.lastFaultAddress(), "the original fault, not the save area's");
        assertEquals(1, r.faults().fatal());
        assertEquals(2, r.faults().raised(), "the heap fault, then the save-area fault: no loop");
    }

    /**
     * The seed thread's claim: a handler on the program's own stack cannot handle faults in the stack region. The
     * stack region is one page longer than what is mapped (the program grows into the page below), and it is also
     * a region the handler handles: the handler runs on the stack it is asked to grow.
     */
    private static SystemImage sharedStack(boolean keeper) {
        Params p = Params.defaults().withHeapPages(4).withKeeper(keeper);
        SystemImage img = SeedScenarios.build(HandlerConfig.ACTIVATION, p, SETUP);
        ProcessSpec w = img.processes().stream().filter(x -> x.id().equals("worker0")).findFirst().orElseThrow();
        ActivationConfig old = w.activation();
        Region stack = new Region(old.stack().start() - Page.SIZE, old.stack().length() + Page.SIZE);
        ActivationConfig shared = new ActivationConfig(old.design(), old.code(), stack, old.saveArea(),
                List.of(new Region(SeedScenarios.HEAP, 4 * Page.SIZE), stack), old.computeCycles(), old.action());
        assertTrue(shared.sharesStack());
        img = Images.withActivation(img, "worker0", shared);
        return Images.withWorkload(img, "worker0", Workload.of(Step.Touch.pages(stack.start(), 1, Access.WRITE)));
    }

    @Test
    @DisplayName("Seed thread: with a shared stack a stack-region fault is unrecoverable in-process: without an external handler the process halts")
    void sharedStackFaultIsUnrecoverable() {
        RunResult r = coyotos.studio.sim.run.Simulation.run(sharedStack(false));
        ProcessResult w = r.process("worker0").orElseThrow();
        assertEquals(ProcessState.HALTED, w.finalState());
        assertEquals(1, r.faults().fatal());
        assertEquals(0, r.faults().resolved(), "the activation handler never resolves a fault of its own stack");
    }

    @Test
    @DisplayName("Seed thread: with a shared stack only the external handler can resolve a stack-region fault")
    void sharedStackNeedsTheExternalHandler() {
        Images.Traced t = Images.trace(sharedStack(true), EventType.FAULT_DELIVERED);
        RunResult r = t.result();
        assertEquals(Termination.COMPLETED, r.termination(), r.diagnosis());
        assertEquals(ProcessState.DONE, r.process("worker0").orElseThrow().finalState());
        assertEquals(2, r.process("keeper0").orElseThrow().messagesReceived(),
                "the handler's own push on the page being faulted, then the stack fault it cannot repair");
        assertEquals(2, r.faults().escalated());
    }

    @Test
    @DisplayName("draft §3.3.1: while not activated every fault goes to the in-process handler first; one it does not handle goes on to the process handler")
    void everyFaultGoesToTheHandlerFirst() {
        Params p = Params.defaults().withHeapPages(4);
        SystemImage img = Images.withWorkload(SeedScenarios.build(HandlerConfig.ACTIVATION, p, SETUP), "worker0",
                Workload.of(Step.Touch.pages(0x0080_0000L, 1, Access.WRITE)));
        Images.Traced t = Images.trace(img, EventType.FAULT_DELIVERED, EventType.FAULT_ESCALATED);
        List<Long> kinds = t.of(EventType.FAULT_DELIVERED).stream().map(SimEvent::detail).toList();
        assertEquals(List.of((long) FaultHandlerKind.ACTIVATION_HANDLER.ordinal(), (long) FaultHandlerKind.PROCESS_HANDLER.ordinal()), kinds);
        assertEquals(1, t.result().faults().escalated());
        assertEquals(ProcessState.DONE, t.result().process("worker0").orElseThrow().finalState());
    }

    @Test
    @DisplayName("An upcall shows as a stretch of IN_ACTIVATION, ended by the return, never left open")
    void activationUpcallsAreAStateOfTheirOwn() {
        Params p = Params.defaults().withHeapPages(16);
        Images.Traced t = Images.trace(SeedScenarios.build(HandlerConfig.ACTIVATION, p, SETUP), EventType.STATE_CHANGE,
                EventType.FAULT_DELIVERED);
        long upcalls = t.of(EventType.FAULT_DELIVERED).stream().filter(e -> e.detail() == FaultHandlerKind.ACTIVATION_HANDLER.ordinal())
                .count();
        List<SimEvent> worker = t.of(EventType.STATE_CHANGE, "worker0");
        long entered = worker.stream().filter(e -> e.value() == ProcessState.IN_ACTIVATION.ordinal()).count();
        assertEquals(Termination.COMPLETED, t.result().termination(), t.result().diagnosis());
        assertEquals(p.heapPages(), upcalls);
        assertTrue(entered >= upcalls, "one stretch per upcall (a bank call in the middle may split one)");
        assertEquals(ProcessState.DONE.ordinal(), worker.get(worker.size() - 1).value());
    }
}
