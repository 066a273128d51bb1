package coyotos.studio.sim.kernel;

import coyotos.studio.sim.image.CapType;
import coyotos.studio.sim.machine.CostProfile;
import coyotos.studio.sim.memory.Cap;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.ProcessState;

/**
 * Invocation of an entry capability (spec §5 "Capability Invocation", §5.3 "Endpoints"; kern_Process.c send
 * phase): the payload goes to the recipient when it is in a receive wait, else the sender waits and invokes again
 * when the recipient receives. A call puts the receiver at the front of the ready queue and the caller into its
 * receive phase (it donates its slice); a one-way send puts the receiver at the back and the sender keeps running.
 * With {@code pm} set, an entry capability whose payload differs from the endpoint's is invoked as if it were
 * Null, and every delivered message increments the endpoint's payload.
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
        Cursor c = p.cursor();
        machine.enter(p, false);
        meter.charge(p.index, CostMeter.KERNEL, cost.invokePathCycles());
        Cap cap = p.capRegs[register];
        KernelProcess s = cap.type == CapType.ENTRY && payloadMatches(cap) ? k.recipientOf(cap) : null;
        if (s == null) {
            // Invoking anything else (or a stale pm entry capability) returns an error to the caller.
            machine.exit(p);
            c.pc++;
            return;
        }
        if (!s.isServer() || s.state != ProcessState.RECEIVING) {
            // Nobody receives now: the sender waits and invokes again when the recipient receives.
            p.lastHandler = s.index;
            k.waitFor(p, s, ProcessState.BLOCKED_SEND);
            return;
        }
        meter.charge(p.index, CostMeter.IPC, cost.ipcBaseCycles() + (long) words * cost.ipcPerWordCycles());
        bus.emit(EventType.IPC_SEND, p.index, s.index, k.endpointId(cap), words);
        consumePayload(cap);
        bus.emit(EventType.IPC_RECEIVE, s.index, p.index, cap.payload, words);
        Message m = k.scratch;
        m.ipc(p.index, call);
        k.deliver(s, m, call);
        if (call) {
            k.setState(p, ProcessState.RECEIVING);
            k.abandon(p);
        } else {
            machine.exit(p);
            c.pc++;
        }
    }

    /** The server's reply-and-receive after a call, or its receive after a one-way send. */
    void replyAndReceive(KernelProcess s) {
        Message m = s.inbox;
        machine.enter(s, false);
        meter.charge(s.index, CostMeter.KERNEL, cost.invokePathCycles());
        if (m.kind == Message.CALL) {
            KernelProcess caller = k.procs[m.from];
            meter.charge(s.index, CostMeter.IPC, cost.ipcBaseCycles());
            bus.emit(EventType.IPC_REPLY, s.index, caller.index, 0, 0);
            caller.cursor().pc++;
            k.makeReady(caller, true);
        }
        k.receiveAgain(s);
    }

    /** Spec §5.3: with pm set, the entry capability's payload must equal the endpoint's. */
    boolean payloadMatches(Cap entry) {
        int ep = entry.target;
        return ep >= 0 && ep < k.endpointPm.length && (!k.endpointPm[ep] || k.endpointPayload[ep] == entry.payload);
    }

    /** After a delivery through a pm endpoint its payload moves on, so the capability just used goes stale. */
    void consumePayload(Cap entry) {
        int ep = entry.target;
        if (k.endpointPm[ep]) {
            k.endpointPayload[ep] = (k.endpointPayload[ep] + 1) & 0xFFFF_FFFFL;
        }
    }
}
