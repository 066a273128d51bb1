package coyotos.studio.sim.kernel;

import coyotos.studio.sim.image.CapType;
import coyotos.studio.sim.image.FaultAction;
import coyotos.studio.sim.machine.CostProfile;
import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.ProcessState;

/**
 * The end of a server's work on one message (the SERVE step): a fault handler repairs, resumes or refuses and
 * receives again; an IPC server replies and receives again. A handler's resume and its receive are one
 * invocation, hence one kernel entry.
 *
 * <p>A memory handler that cannot repair calls {@code resume(false)}: the process then delivers the fault to its
 * process handler when next dispatched (kern_Process.c:355-363 sets the fault before the upcall). A process
 * handler that refuses leaves the process stopped. A handler fixing an ActivationFail (activation what-if) resumes
 * without cancelling the fault, so that the original fault reaches the activation handler again, as draft 0.5
 * §3.3.1 tells debuggers to do.
 */
final class ServerLoop {
    /** A forwarding chain longer than this is treated as a refusal (mutual handlers, validation rule). */
    private static final int MAX_FORWARD = 8;

    private final Kernel k;
    private final CostProfile cost;
    private final CostMeter meter;
    private final EventBus bus;
    private final Machine machine;

    ServerLoop(Kernel k) {
        this.k = k;
        this.cost = k.cost;
        this.meter = k.meter;
        this.bus = k.bus;
        this.machine = k.machine;
    }

    void serve(KernelProcess s) {
        Message m = s.inbox;
        if (m.kind != Message.FAULT) {
            k.ipc.replyAndReceive(s);
            return;
        }
        KernelProcess p = k.procs[m.from];
        FaultAction action = s.server.onFault();
        switch (action.kind()) {
            case MAP_FRESH_PAGE -> {
                if (k.actions.mapFreshPage(s, m.walk, action, s.actionGpt, s.actionBank)) {
                    resumeAndReceive(s, p, m.code != FaultCode.ACTIVATION_FAIL.code());
                } else {
                    giveUp(s, p, m);
                }
            }
            case RETRY -> resumeAndReceive(s, p, true);
            case REFUSE -> giveUp(s, p, m);
            case FORWARD -> forward(s, p, m);
        }
    }

    private void giveUp(KernelProcess s, KernelProcess p, Message m) {
        if (m.memoryHandler) {
            resumeAndReceive(s, p, false);
        } else {
            receive(s);
            k.delivery.fatal(p);
        }
    }

    private void resumeAndReceive(KernelProcess s, KernelProcess p, boolean cancelFault) {
        machine.enter(s, false);
        meter.charge(s.index, CostMeter.KERNEL, cost.invokePathCycles() + cost.resumePathCycles());
        bus.emit(EventType.INVOKE, s.index, p.index, HandlerActions.INVOKE_PROCESS, cancelFault ? 1 : 0);
        k.delivery.resume(p, cancelFault);
        k.receiveAgain(s);
    }

    private void receive(KernelProcess s) {
        machine.enter(s, false);
        meter.charge(s.index, CostMeter.KERNEL, cost.invokePathCycles());
        k.receiveAgain(s);
    }

    /** Passes the fault message on through the handler's own handler slot, then receives again. */
    private void forward(KernelProcess s, KernelProcess p, Message m) {
        machine.enter(s, false);
        meter.charge(s.index, CostMeter.KERNEL, cost.invokePathCycles());
        KernelProcess t = s.handler.type == CapType.ENTRY && k.ipc.payloadMatches(s.handler) ? k.recipientOf(s.handler)
                : null;
        if (m.forwards >= MAX_FORWARD || t == null || !t.isServer() || t.state != ProcessState.RECEIVING) {
            k.receiveAgain(s);
            k.delivery.fatal(p);
            return;
        }
        meter.charge(s.index, CostMeter.IPC, cost.ipcBaseCycles()
                + (long) FaultDelivery.FAULT_MESSAGE_WORDS * cost.ipcPerWordCycles());
        bus.emit(EventType.IPC_SEND, s.index, t.index, p.faultInfo, FaultDelivery.FAULT_MESSAGE_WORDS);
        k.ipc.consumePayload(s.handler);
        p.lastHandler = t.index;
        Message fwd = k.scratch;
        fwd.copyFrom(m);
        fwd.forwards = m.forwards + 1;
        bus.emit(EventType.IPC_RECEIVE, t.index, s.index, s.handler.payload, FaultDelivery.FAULT_MESSAGE_WORDS);
        k.deliver(t, fwd, true);
        k.receiveAgain(s);
    }
}
