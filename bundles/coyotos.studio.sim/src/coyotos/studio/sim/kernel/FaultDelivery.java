package coyotos.studio.sim.kernel;

import coyotos.studio.sim.image.CapType;
import coyotos.studio.sim.image.FaultAction;
import coyotos.studio.sim.machine.CostProfile;
import coyotos.studio.sim.memory.Cap;
import coyotos.studio.sim.memory.TranslationResult;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.FaultHandlerKind;
import coyotos.studio.sim.result.ProcessState;

/**
 * Where a fault goes and what happens until the faulting process runs again (spec §3.3 "Exception
 * Handling", §4.3 memory handlers): the innermost memory handler on the path, else an activation handler
 * responsible for the address, else the process handler through its entry capability, else the process
 * stops with the fault recorded. The faulting process stays blocked until a handler restarts it.
 *
 * <p>Handlers are servers that run each message to completion on the single CPU (the kernel hands the CPU
 * directly to the receiver and back to the restarted process), so delivery is a synchronous call chain.
 */
final class FaultDelivery {
    /** Fault message: code, info (2 words on IA-32), protected payload; plus the process capability. */
    private static final int FAULT_MESSAGE_WORDS = 4;
    /** A forwarding chain longer than this is treated as a refusal (mutual handlers, validation rule 14). */
    private static final int MAX_FORWARD = 8;

    private final Kernel k;
    private final CostProfile cost;
    private final CostMeter meter;
    private final EventBus bus;
    private final Machine machine;
    private final FaultStats stats;

    FaultDelivery(Kernel k) {
        this.k = k;
        this.cost = k.cost;
        this.meter = k.meter;
        this.bus = k.bus;
        this.machine = k.machine;
        this.stats = k.faults;
    }

    /** A translation fault of {@code p} at {@code va}; p is in the kernel and memory.result describes it. */
    void raise(KernelProcess p, long va, int code) {
        record(p, va, code, k.memory.result);
        TranslationResult f = p.pendingFault;
        if (f.memoryHandler != null) {
            // §4.3: a memory handler on the path takes precedence over the process handler.
            deliverTo(p, k.recipientOf(f.memoryHandler), FaultHandlerKind.MEMORY_HANDLER, f.memoryHandler.payload);
            return;
        }
        if (p.activation != null) {
            if (!p.inActivation && p.activation.responsibleFor(va)) {
                k.activations.deliver(p);
                return;
            }
            if (p.activation.code().contains(va) || p.activation.stack().contains(va)) {
                // The handler cannot repair its own code or stack: that goes to the external handler.
                escalated(p);
            }
        }
        deliverToProcessHandler(p);
    }

    /** Records a new fault in faultCode/faultInfo (§3.3) and in the statistics. */
    void record(KernelProcess p, long va, int code, TranslationResult walk) {
        stats.raised++;
        p.faultsRaised++;
        p.repeatFaults = (code == p.faultCode && va == p.faultInfo) ? p.repeatFaults + 1 : 0;
        p.faultCode = code;
        p.faultInfo = va;
        p.faultRaisedAt = meter.now;
        if (walk != p.pendingFault) {
            p.pendingFault.copyFrom(walk);
        }
        bus.emit(EventType.FAULT_RAISED, p.index, -1, va, code);
    }

    void escalated(KernelProcess p) {
        stats.escalated++;
        bus.emit(EventType.FAULT_ESCALATED, p.index, -1, p.faultInfo, p.faultCode);
    }

    /** The handler slot's entry capability, re-read at each attempt (§3.3). No handler: the process stops. */
    void deliverToProcessHandler(KernelProcess p) {
        Cap h = p.handler;
        if (h.type != CapType.ENTRY) {
            fatal(p);
            return;
        }
        deliverTo(p, k.recipientOf(h), FaultHandlerKind.PROCESS_HANDLER, h.payload);
    }

    private void deliverTo(KernelProcess p, KernelProcess handler, FaultHandlerKind kind, long payload) {
        k.setState(p, ProcessState.FAULTED);
        if (handler == null || handler.server == null || handler.state != ProcessState.RECEIVING) {
            // Delivery waits until the handler receives; a handler that never does leaves p stalled.
            p.lastHandler = handler == null ? -1 : handler.index;
            k.cur = null;
            return;
        }
        meter.charge(p.index, CostMeter.KERNEL, cost.faultMessagePathCycles());
        meter.charge(p.index, CostMeter.IPC, cost.ipcBaseCycles() + (long) FAULT_MESSAGE_WORDS * cost.ipcPerWordCycles());
        stats.delivered++;
        p.lastHandler = handler.index;
        bus.emit(EventType.FAULT_DELIVERED, p.index, handler.index, p.faultInfo, kind.ordinal());
        runHandler(p, handler, payload, 0);
    }

    private void runHandler(KernelProcess p, KernelProcess s, long payload, int depth) {
        machine.switchTo(s.index, s.hw);
        machine.exit(s.index, false);
        bus.emit(EventType.IPC_RECEIVE, s.index, p.index, payload, FAULT_MESSAGE_WORDS);
        s.messagesReceived++;
        // The handler runs while it works on the fault, and receives again when it replies (or refuses or
        // forwards): the Timeline shows the handler busy, not waiting.
        k.setState(s, ProcessState.RUNNING);
        if (!k.serverWork(s, CostMeter.HANDLER)) {
            k.cur = null;
            return;
        }
        FaultAction action = s.server.onFault();
        switch (action.kind()) {
            case MAP_FRESH_PAGE -> {
                if (k.actions.mapFreshPage(s, p.pendingFault, action, s.actionGpt, s.actionBank)) {
                    restart(p, s);
                } else {
                    refuse(p, s);
                }
            }
            case RETRY -> restart(p, s);
            case REFUSE -> refuse(p, s);
            case FORWARD -> forward(p, s, depth);
        }
    }

    private void forward(KernelProcess p, KernelProcess s, int depth) {
        machine.enter(s.index, false);
        meter.charge(s.index, CostMeter.KERNEL, cost.invokePathCycles());
        k.setState(s, ProcessState.RECEIVING);
        KernelProcess t = s.handler.type == CapType.ENTRY ? k.recipientOf(s.handler) : null;
        if (depth >= MAX_FORWARD || t == null || t.server == null || t.state != ProcessState.RECEIVING) {
            fatal(p);
            return;
        }
        meter.charge(s.index, CostMeter.IPC, cost.ipcBaseCycles() + (long) FAULT_MESSAGE_WORDS * cost.ipcPerWordCycles());
        bus.emit(EventType.IPC_SEND, s.index, t.index, p.faultInfo, FAULT_MESSAGE_WORDS);
        p.lastHandler = t.index;
        runHandler(p, t, s.handler.payload, depth + 1);
    }

    /** The handler invokes the process capability (§3.3.2) in its reply-and-receive. */
    private void restart(KernelProcess p, KernelProcess s) {
        machine.enter(s.index, false);
        meter.charge(s.index, CostMeter.KERNEL, cost.invokePathCycles() + cost.resumePathCycles());
        meter.charge(s.index, CostMeter.IPC, cost.ipcBaseCycles());
        bus.emit(EventType.IPC_REPLY, s.index, p.index, p.faultInfo, 0);
        k.setState(s, ProcessState.RECEIVING);
        machine.switchTo(p.index, p.hw);
        // p entered through the page-fault exception, so it leaves through IRET.
        machine.exit(p.index, true);
        resolved(p, s.index);
    }

    void resolved(KernelProcess p, int resolver) {
        long latency = meter.now - p.faultRaisedAt;
        stats.resolved++;
        stats.latency.record(latency);
        bus.emit(EventType.FAULT_RESOLVED, p.index, resolver, p.faultInfo, latency);
        k.setState(p, ProcessState.RUNNING);
        k.cur = p;
    }

    /** The handler receives again without restarting p: p stops with its fault recorded. */
    private void refuse(KernelProcess p, KernelProcess s) {
        machine.enter(s.index, false);
        meter.charge(s.index, CostMeter.KERNEL, cost.invokePathCycles());
        k.setState(s, ProcessState.RECEIVING);
        fatal(p);
    }

    void fatal(KernelProcess p) {
        stats.fatal++;
        bus.emit(EventType.FAULT_FATAL, p.index, -1, p.faultInfo, p.faultCode);
        k.setState(p, ProcessState.HALTED);
        k.cur = null;
    }
}
