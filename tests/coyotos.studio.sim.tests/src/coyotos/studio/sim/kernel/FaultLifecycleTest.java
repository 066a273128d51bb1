package coyotos.studio.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.fixtures.SeedScenarios;
import coyotos.studio.sim.fixtures.SeedScenarios.HandlerConfig;
import coyotos.studio.sim.fixtures.SeedScenarios.Params;
import coyotos.studio.sim.image.Access;
import coyotos.studio.sim.image.Capability;
import coyotos.studio.sim.image.FaultAction;
import coyotos.studio.sim.image.ProcessSpec;
import coyotos.studio.sim.image.ServerBehavior;
import coyotos.studio.sim.image.Setup;
import coyotos.studio.sim.image.Step;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.image.Workload;
import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.result.EventType;
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

/** A fault from raise to resume, as kern_Process.c and cap_ProcessCommon.c run it. */
@DisplayName("Fault lifecycle")
class FaultLifecycleTest {

    private static SystemImage external(int workers, int heapPages) {
        return SeedScenarios.build(HandlerConfig.EXTERNAL_OWN_SPACE,
                Params.defaults().withWorkers(workers).withHeapPages(heapPages), Setup.DEFAULT);
    }

    private static ProcessSpec spec(SystemImage img, String id) {
        return img.processes().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("Process.idl: NoAddrSpace is never raised: a process without a space faults on its first reference with InvalidDataReference")
    void noAddrSpaceNeverRaised() {
        SystemImage img = Images.replace(external(1, 2), "worker0", p -> new ProcessSpec(p.id(), p.name(),
                p.capRegisters(), Capability.NULL, Capability.NULL, p.schedule(), p.initialFaultCode(), p.initialPc(),
                p.workload(), p.server(), p.activation()));
        Images.Traced t = Images.trace(img, EventType.FAULT_RAISED);
        ProcessResult w = t.result().process("worker0").orElseThrow();
        assertEquals(ProcessState.HALTED, w.finalState());
        assertEquals(FaultCode.INVALID_DATA_REFERENCE.code(), w.lastFaultCode());
        assertTrue(t.of(EventType.FAULT_RAISED).stream().noneMatch(e -> e.detail() == FaultCode.NO_ADDR_SPACE.code()));
    }

    @Test
    @DisplayName("Process.idl: NoSchedule is never raised: the 2007 kernel's one ready queue runs a process whatever its schedule slot holds")
    void noScheduleNeverRaised() {
        SystemImage img = Images.replace(external(1, 2), "worker0", p -> new ProcessSpec(p.id(), p.name(),
                p.capRegisters(), p.handler(), p.addressSpace(), null, p.initialFaultCode(), p.initialPc(),
                p.workload(), p.server(), p.activation()));
        RunResult r = Simulation.run(img);
        assertEquals(ProcessState.DONE, r.process("worker0").orElseThrow().finalState());
    }

    @Test
    @DisplayName("kern_Process.c proc_handle_process_fault: an initial fault code other than Startup goes to the process handler on first dispatch")
    void initialFaultDeliveredOnFirstDispatch() {
        SystemImage img = Images.replace(external(1, 2), "worker0", p -> new ProcessSpec(p.id(), p.name(),
                p.capRegisters(), p.handler(), p.addressSpace(), p.schedule(), FaultCode.GENERAL_PROTECTION.code(),
                0x1234, Workload.of(Step.Touch.pages(SeedScenarios.WORKING_SET, 1, Access.READ)), p.server(),
                p.activation()));
        img = Images.withServer(img, "pager0", new ServerBehavior(List.of(), 100, FaultAction.retry(), 4096));
        Images.Traced t = Images.trace(img, EventType.FAULT_MESSAGE, EventType.TOUCH);
        SimEvent first = t.of(EventType.FAULT_MESSAGE).get(0);
        assertEquals(FaultCode.GENERAL_PROTECTION.code(), FaultMessages.faultCode(first.detail()));
        assertEquals(0x1234, first.value());
        assertTrue(t.events().indexOf(first) < t.events().indexOf(t.of(EventType.TOUCH, "worker0").get(0)),
                "delivered before the process runs an instruction");
        assertEquals(ProcessState.DONE, t.result().process("worker0").orElseThrow().finalState(),
                "the handler resumed it with the fault cancelled");
    }

    @Test
    @DisplayName("Process.idl resume(), cap_ProcessCommon.c: the resumed process goes to the back of the ready queue")
    void resumeGoesToTheBackOfTheQueue() {
        Images.Traced t = Images.trace(external(2, 4), EventType.INVOKE, EventType.CONTEXT_SWITCH);
        List<SimEvent> events = t.events();
        int resume = -1;
        for (int i = 0; i < events.size(); i++) {
            SimEvent e = events.get(i);
            if (e.type() == EventType.INVOKE && e.value() == HandlerActions.INVOKE_PROCESS
                    && "worker0".equals(e.peerName())) {
                resume = i;
                break;
            }
        }
        assertTrue(resume >= 0);
        SimEvent next = events.subList(resume, events.size()).stream()
                .filter(e -> e.type() == EventType.CONTEXT_SWITCH).findFirst().orElseThrow();
        assertEquals("worker1", next.processName(), "worker1 was ready before worker0 was resumed");
    }

    @Test
    @DisplayName("§3.3.1: a handler that is not receiving makes the fault wait; when it receives, the delivery is retried")
    void deliveryWaitsForTheHandler() {
        // Two workers in one space share one pager whose work outlasts a quantum: the second worker faults while
        // the pager works on the first one's fault.
        SystemImage img = external(2, 4);
        ProcessSpec w0 = spec(img, "worker0");
        img = Images.replace(img, "worker1", p -> new ProcessSpec(p.id(), p.name(), p.capRegisters(), w0.handler(),
                w0.addressSpace(), p.schedule(), p.initialFaultCode(), p.initialPc(), p.workload(), p.server(),
                p.activation()));
        ServerBehavior slow = spec(img, "pager0").server();
        img = Images.withServer(img, "pager0", new ServerBehavior(slow.perMessage(), 2 * Setup.DEFAULT.quantumCycles(),
                slow.onFault(), slow.stackBytes()));
        Images.Traced t = Images.trace(img, EventType.FAULT_RAISED, EventType.FAULT_DELIVERED, EventType.STATE_CHANGE);
        RunResult r = t.result();
        assertEquals(Termination.COMPLETED, r.termination(), r.diagnosis());
        assertEquals(0, r.process("pager1").orElseThrow().messagesReceived());
        assertEquals(ProcessState.DONE, r.process("worker0").orElseThrow().finalState());
        assertEquals(ProcessState.DONE, r.process("worker1").orElseThrow().finalState());
        boolean waited = false;
        boolean raised = false;
        for (SimEvent e : t.events()) {
            if (!"worker1".equals(e.processName())) {
                continue;
            }
            if (e.type() == EventType.FAULT_RAISED) {
                raised = true;
            } else if (e.type() == EventType.FAULT_DELIVERED) {
                raised = false;
            } else if (raised && e.type() == EventType.STATE_CHANGE && e.value() == ProcessState.READY.ordinal()) {
                waited = true;
            }
        }
        assertTrue(waited, "worker1 was woken to retry before its fault was delivered");
    }

    @Test
    @DisplayName("§3.3.1: a process handler that refuses leaves the process stopped with its fault recorded")
    void refusedFaultHalts() {
        SystemImage img = Images.withServer(external(1, 2), "pager0",
                new ServerBehavior(List.of(), 100, FaultAction.refuse(), 4096));
        RunResult r = Simulation.run(img);
        ProcessResult w = r.process("worker0").orElseThrow();
        assertEquals(ProcessState.HALTED, w.finalState());
        assertEquals(SeedScenarios.HEAP, w.lastFaultAddress());
        assertEquals(1, r.faults().fatal());
    }

    @Test
    @DisplayName("A process whose workload touches nothing new runs without faults under any handler")
    void nothingToFault() {
        SystemImage img = Images.withWorkload(external(1, 2), "worker0",
                Workload.of(Step.Touch.pages(SeedScenarios.WORKING_SET, 2, Access.READ), new Step.Compute(10)));
        RunResult r = Simulation.run(img);
        assertEquals(0, r.faults().raised());
        assertEquals(ProcessState.DONE, r.process("worker0").orElseThrow().finalState());
    }
}
