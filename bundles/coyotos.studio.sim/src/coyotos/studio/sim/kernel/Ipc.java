package coyotos.studio.sim.kernel;

import coyotos.studio.sim.image.CapType;
import coyotos.studio.sim.machine.CostProfile;
import coyotos.studio.sim.memory.Cap;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.ProcessState;

/**
 * Invocation of an entry capability (spec §5 "Invocation", §6 "Endpoints"): the send phase copies the
 * payload to a receiver waiting on the endpoint's process; for a call the receiver gets a reply capability
 * (the reply endpoint with pm set, so stale replies are refused) and the caller waits in its receive phase.
 * The kernel hands the CPU straight to the receiver and, on reply, straight back; a CR3 load happens only
 * when the two spaces differ.
 *
 * <p>Servers run each request to completion, so the reply endpoint's pm check can never fire in a single
 * CPU run; it is kept implicit.
 */
final class Ipc {
    private final Kernel k;
    private final CostProfile cost;
    private final CostMeter meter;
    private final EventBus bus;
    private final Machine machine;

    Ipc(Kernel k) {
        this.k = k;
        this.cost = k.cost;
        this.meter = k.meter;
        this.bus = k.bus;
        this.machine = k.machine;
    }

    void invoke(KernelProcess p, int register, boolean call, int words) {
        machine.enter(p.index, false);
        meter.charge(p.index, CostMeter.KERNEL, cost.invokePathCycles());
        Cap cap = p.capRegs[register];
        if (cap.type != CapType.ENTRY) {
            // Invoking something that is not an entry capability returns an error to the caller.
            machine.exit(p.index, false);
            p.pc++;
            return;
        }
        KernelProcess s = k.recipientOf(cap);
        if (s == null || s.server == null || s.state != ProcessState.RECEIVING) {
            // Nobody will ever receive: the sender blocks in its send phase.
            k.setState(p, ProcessState.BLOCKED_SEND);
            p.lastHandler = s == null ? -1 : s.index;
            k.cur = null;
            return;
        }
        meter.charge(p.index, CostMeter.IPC, cost.ipcBaseCycles() + (long) words * cost.ipcPerWordCycles());
        bus.emit(EventType.IPC_SEND, p.index, s.index, k.endpointId(cap), words);
        if (call) {
            k.setState(p, ProcessState.RECEIVING);
        }
        machine.switchTo(s.index, s.hw);
        machine.exit(s.index, false);
        bus.emit(EventType.IPC_RECEIVE, s.index, p.index, cap.payload, words);
        s.messagesReceived++;
        if (!k.serverWork(s, CostMeter.USER)) {
            k.cur = null;
            return;
        }
        machine.enter(s.index, false);
        meter.charge(s.index, CostMeter.KERNEL, cost.invokePathCycles());
        if (call) {
            meter.charge(s.index, CostMeter.IPC, cost.ipcBaseCycles());
            bus.emit(EventType.IPC_REPLY, s.index, p.index, 0, 0);
        }
        machine.switchTo(p.index, p.hw);
        machine.exit(p.index, false);
        k.setState(p, ProcessState.RUNNING);
        p.pc++;
    }
}
