package coyotos.studio.sim.kernel;

import coyotos.studio.sim.image.CapType;
import coyotos.studio.sim.image.Gpt;
import coyotos.studio.sim.machine.CostProfile;
import coyotos.studio.sim.memory.Cap;
import coyotos.studio.sim.memory.MemoryHandlerSearch;
import coyotos.studio.sim.memory.TranslationResult;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.FaultHandlerKind;
import coyotos.studio.sim.result.FaultMessages;
import coyotos.studio.sim.result.ProcessState;

/**
 * Where a fault goes, as the 2007 kernel decides it (spec §3.3 "Exception Handling", §4.3.2):
 * {@code proc_deliver_memory_fault} (kern_Process.c:272-401) first looks for a memory handler on the faulting
 * walk ({@link MemoryHandlerSearch}) and upcalls it with the fault code, the address relative to the kept GPT, a
 * restart-only process capability and a full-strength GPT capability; when there is none, or the upcall fails,
 * the fault is set on the process ({@code pi_Faulted}) and {@code proc_handle_process_fault} (kern_Process.c:
 * 202-263) sends the process handler the fault code, the fault info and a process capability. A handler that is
 * not receiving makes the faulted process wait; no usable handler and the process silently stops.
 *
 * <p>An upcall hands the CPU to the handler through the ready queue: the handler goes to the front
 * ({@code proc_do_upcall}: "donate our slice"), the faulted process leaves the CPU.
 */
final class FaultDelivery {
    /** Fault message payload: opcode, fault code and the 64-bit fault info (two words on IA-32). */
    static final int FAULT_MESSAGE_WORDS = 4;

    enum Upcall { DELIVERED, WAITING, INVALID }

    private final Kernel k;
    private final CostProfile cost;
    private final CostMeter meter;
    private final EventBus bus;
    private final FaultStats stats;

    FaultDelivery(Kernel k) {
        this.k = k;
        this.cost = k.cost;
        this.meter = k.meter;
        this.bus = k.bus;
        this.stats = k.faults;
    }

    /** A translation fault of {@code p} at {@code va}; p is in the kernel and memory.result describes the walk. */
    void raise(KernelProcess p, long va, int code) {
        record(p, va, code, k.memory.result);
        TranslationResult walk = p.pendingFault;
        int kept = MemoryHandlerSearch.keptEntry(walk, code, k.store);
        if (kept >= 0) {
            int gpt = walk.object[kept];
            Message m = k.scratch;
            m.fault(p.index, true, code, walk.remAddr[kept], gpt, walk);
            Upcall u = upcall(p, k.store.slot(gpt, Gpt.HANDLER_SLOT), m, FaultHandlerKind.MEMORY_HANDLER);
            if (u == Upcall.DELIVERED) {
                p.faultPending = true;
                return;
            }
            if (u == Upcall.WAITING) {
                // The faulting instruction runs again when the handler receives (sched_restart_transaction).
                return;
            }
            // Slot 15 holds no usable entry capability: fall through to the process handler (kern_Process.c:370).
        }
        p.faultPending = true;
        deliverProcessFault(p);
    }

    /** Records a new fault in faultCode/faultInfo (proc_SetFault) and in the statistics. */
    void record(KernelProcess p, long va, int code, TranslationResult walk) {
        stats.raised++;
        p.faultsRaised++;
        TranslationResult last = p.pendingFault;
        p.repeatFaults = (code == last.faultCode && va == last.va) ? p.repeatFaults + 1 : 0;
        p.faultCode = code;
        p.faultInfo = va;
        if (!p.resolvedOnDispatch) {
            p.faultRaisedAt = meter.now;
        }
        if (walk != p.pendingFault) {
            p.pendingFault.copyFrom(walk);
        }
        bus.emit(EventType.FAULT_RAISED, p.index, -1, va, code);
    }

    /**
     * {@code proc_handle_process_fault}: the pending fault of {@code p} goes to its activation handler (what-if,
     * when not activated) or through the handler slot; with no usable handler the process stops.
     */
    void deliverProcessFault(KernelProcess p) {
        if (p.activation != null && !p.activated) {
            k.activations.upcall(p);
            return;
        }
        if (p.activated) {
            // Draft §3.3.1: a fault taken while activated goes to the external handler.
            escalated(p, p.faultInfo, p.faultCode);
        }
        toHandlerSlot(p, p.faultCode, p.faultInfo, p.pendingFault);
    }

    /** A fault message through the handler slot (re-read at each attempt, spec §3.3.1). */
    void toHandlerSlot(KernelProcess p, int code, long info, TranslationResult walk) {
        Message m = k.scratch;
        m.fault(p.index, false, code, info, -1, walk);
        if (upcall(p, p.handler, m, FaultHandlerKind.PROCESS_HANDLER) == Upcall.INVALID) {
            fatal(p);
        }
    }

    /**
     * {@code proc_do_upcall}: delivers fault message {@code m} of {@code p} through {@code entry}. INVALID when
     * the capability is no usable entry capability (not an entry capability, no recipient, or a payload that
     * no longer matches a pm endpoint: spec §5.3 "as if the Null capability had been invoked").
     */
    Upcall upcall(KernelProcess p, Cap entry, Message m, FaultHandlerKind kind) {
        if (entry.type != CapType.ENTRY || !k.ipc.payloadMatches(entry)) {
            return Upcall.INVALID;
        }
        KernelProcess h = k.recipientOf(entry);
        if (h == null) {
            return Upcall.INVALID;
        }
        if (!h.isServer() || h.state != ProcessState.RECEIVING) {
            // Delivery waits until the handler receives; a handler that never does leaves p stalled.
            p.lastHandler = h.index;
            k.waitFor(p, h, ProcessState.FAULTED);
            return Upcall.WAITING;
        }
        meter.charge(p.index, CostMeter.KERNEL, cost.faultMessagePathCycles());
        meter.charge(p.index, CostMeter.IPC, cost.ipcBaseCycles() + (long) FAULT_MESSAGE_WORDS * cost.ipcPerWordCycles());
        k.ipc.consumePayload(entry);
        stats.delivered++;
        p.lastHandler = h.index;
        bus.emit(EventType.FAULT_DELIVERED, p.index, h.index, p.faultInfo, kind.ordinal());
        bus.emit(EventType.FAULT_MESSAGE, h.index, p.index, m.address,
                FaultMessages.pack(m.code, m.memoryHandler, m.keptGpt));
        bus.emit(EventType.IPC_RECEIVE, h.index, p.index, entry.payload, FAULT_MESSAGE_WORDS);
        k.deliver(h, m, true);
        k.setState(p, ProcessState.FAULTED);
        k.abandon(p);
        return Upcall.DELIVERED;
    }

    /**
     * The handler invokes the process capability's {@code resume(cancelFault)} (Process.idl;
     * cap_ProcessCommon.c): the process goes to the back of the ready queue; with {@code cancelFault} its fault is
     * cleared, else it is delivered to the process handler when the process is next dispatched.
     */
    void resume(KernelProcess p, boolean cancelFault) {
        if (cancelFault) {
            p.faultCode = 0;
            p.faultInfo = 0;
            p.faultPending = false;
            p.resolvedOnDispatch = true;
        }
        if (p.state == ProcessState.FAULTED) {
            k.makeReady(p, false);
        }
    }

    /** The faulted process runs again: its fault is resolved (latency from the raise). */
    void resolved(KernelProcess p, int resolver, long address) {
        p.resolvedOnDispatch = false;
        long latency = meter.now - p.faultRaisedAt;
        stats.resolved++;
        stats.latency.record(latency);
        bus.emit(EventType.FAULT_RESOLVED, p.index, resolver, address, latency);
    }

    /** A fault the activation handler cannot take goes to the process handler. */
    void escalated(KernelProcess p, long info, int code) {
        stats.escalated++;
        bus.emit(EventType.FAULT_ESCALATED, p.index, -1, info, code);
    }

    /** The process ceases to execute instructions with its fault recorded (no usable handler, or refused). */
    void fatal(KernelProcess p) {
        stats.fatal++;
        p.faultPending = false;
        bus.emit(EventType.FAULT_FATAL, p.index, -1, p.faultInfo, p.faultCode);
        k.setState(p, ProcessState.HALTED);
        if (k.cur == p) {
            k.abandon(p);
        }
    }
}
