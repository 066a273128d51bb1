package coyotos.studio.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.fixtures.IpcPingPong;
import coyotos.studio.sim.fixtures.SeedScenarios;
import coyotos.studio.sim.fixtures.SeedScenarios.HandlerConfig;
import coyotos.studio.sim.fixtures.SeedScenarios.Params;
import coyotos.studio.sim.image.Capability;
import coyotos.studio.sim.image.Endpoint;
import coyotos.studio.sim.image.Setup;
import coyotos.studio.sim.image.Step;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.image.Workload;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.SimEvent;
import coyotos.studio.sim.result.Termination;
import coyotos.studio.sim.run.Simulation;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Invocation of entry capabilities: calls, one-way sends, payload match (spec §5.3, kern_Process.c). */
@DisplayName("IPC: calls, one-way sends, payload match")
class IpcTest {

    private static SystemImage withEndpoints(SystemImage img, List<Endpoint> eps) {
        return new SystemImage(img.name(), img.processes(), img.gpts(), img.pages(), img.capPages(), eps, img.banks(),
                img.setup());
    }

    @Test
    @DisplayName("§5.3, proc_do_upcall: an entry capability to a pm endpoint used as a fault handler works once, then the process silently stops")
    void pmEndpointAsFaultHandlerWorksOnce() {
        SystemImage img = SeedScenarios.build(HandlerConfig.EXTERNAL_OWN_SPACE, Params.defaults().withHeapPages(8),
                Setup.DEFAULT);
        img = withEndpoints(img, img.endpoints().stream().map(e -> e.id().equals("pager0.ep")
                ? new Endpoint(e.id(), e.recipient(), true, e.endpointId(), 0) : e).toList());
        img = Images.withHandler(img, "worker0", Capability.entry("pager0.ep", 0));
        RunResult r = Simulation.run(img);
        assertEquals(1, r.process("pager0").orElseThrow().messagesReceived(), "the payload moved on after the first");
        assertEquals(ProcessState.HALTED, r.process("worker0").orElseThrow().finalState());
        assertEquals(1, r.faults().fatal());
        // nobody waits on the stopped process, but a run in which a process halted does not read as COMPLETED
        assertEquals(Termination.HALTED, r.termination(), r.diagnosis());
    }

    @Test
    @DisplayName("kern_Process.c send phase: a one-way send puts the receiver at the back of the ready queue and keeps the sender running")
    void oneWaySendKeepsTheSenderRunning() {
        SystemImage img = IpcPingPong.build(false, 1, 1, Setup.DEFAULT);
        img = Images.withWorkload(img, "client", Workload.of(new Step.Invoke(8, false, 2), new Step.Compute(777)));
        Images.Traced t = Images.trace(img, EventType.IPC_SEND, EventType.COMPUTE, EventType.CONTEXT_SWITCH);
        List<SimEvent> ev = t.events();
        int send = ev.indexOf(t.of(EventType.IPC_SEND, "client").get(0));
        SimEvent after = ev.get(send + 1);
        assertEquals(EventType.COMPUTE, after.type(), "the sender runs on: " + ev);
        assertEquals("client", after.processName());
        assertEquals(1, t.result().process("server").orElseThrow().messagesReceived(), "the server runs later");
    }

    @Test
    @DisplayName("kern_Process.c send phase: a call puts the receiver at the front of the ready queue and the caller into its receive phase")
    void callHandsTheCpuToTheReceiver() {
        SystemImage img = IpcPingPong.build(false, 1, 1, Setup.DEFAULT);
        img = Images.withWorkload(img, "client", Workload.of(new Step.Invoke(8, true, 2), new Step.Compute(777)));
        Images.Traced t = Images.trace(img, EventType.IPC_SEND, EventType.COMPUTE, EventType.CONTEXT_SWITCH);
        List<SimEvent> ev = t.events();
        int send = ev.indexOf(t.of(EventType.IPC_SEND, "client").get(0));
        assertEquals(EventType.CONTEXT_SWITCH, ev.get(send + 1).type());
        assertEquals("server", ev.get(send + 1).processName());
    }

    @Test
    @DisplayName("§5.3: invoking an entry capability whose payload no longer matches a pm endpoint is invoking Null: no message")
    void stalePayloadIsNull() {
        SystemImage img = IpcPingPong.build(false, 1, 3, Setup.DEFAULT);
        img = withEndpoints(img, img.endpoints().stream().map(e -> e.id().equals("server.ep")
                ? new Endpoint(e.id(), e.recipient(), true, e.endpointId(), 42) : e).toList());
        RunResult r = Simulation.run(img);
        assertEquals(1, r.process("server").orElseThrow().messagesReceived(),
                "the capability's payload 42 matches once; the endpoint's payload is then 43");
        assertEquals(ProcessState.DONE, r.process("client").orElseThrow().finalState());
        assertTrue(r.events() > 0);
    }
}
