package coyotos.studio.sim.kernel;

import coyotos.studio.sim.image.Access;
import coyotos.studio.sim.image.ActivationConfig;
import coyotos.studio.sim.image.Page;
import coyotos.studio.sim.image.Region;
import coyotos.studio.sim.machine.CostProfile;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.FaultHandlerKind;
import coyotos.studio.sim.result.ProcessState;

/**
 * Delivery to an in-process activation handler (the design of earlier spec drafts, §3.3; ActivationFail 48
 * in Process.idl is its trace). The kernel builds a frame on the handler's own stack and upcalls into the
 * handler in the same address space, so no CR3 load. The costs that remain: the handler's resolution
 * cannot be folded into a reply-and-receive as an external handler's is, so clearing the fault (invoking
 * the process capability, §3.3.2) and returning (a kernel entry that restores the capability registers,
 * then IRET) are separate kernel entries.
 *
 * <p>A fault on the handler's own stack or code, whether met while writing the frame or while the handler
 * runs, is escalated to the process handler and never comes back here, so it cannot loop.
 */
final class ActivationDelivery {
    private final Kernel k;
    private final CostProfile cost;
    private final CostMeter meter;
    private final EventBus bus;
    private final Machine machine;
    private final FaultStats stats;

    ActivationDelivery(Kernel k) {
        this.k = k;
        this.cost = k.cost;
        this.meter = k.meter;
        this.bus = k.bus;
        this.machine = k.machine;
        this.stats = k.faults;
    }

    void deliver(KernelProcess p) {
        ActivationConfig ac = p.activation;
        meter.charge(p.index, CostMeter.KERNEL, cost.activationFramePathCycles());
        long frame = (ac.stack().start() + ac.stack().length() - 8) & ~7L;
        int f = k.memory.kernelProbe(p, frame, Access.WRITE);
        if (f != 0) {
            escalateNew(p, frame, f);
            return;
        }
        stats.delivered++;
        p.lastHandler = p.index;
        bus.emit(EventType.FAULT_DELIVERED, p.index, p.index, p.faultInfo, FaultHandlerKind.ACTIVATION_HANDLER.ordinal());
        machine.exit(p.index, false);
        p.inActivation = true;
        // A state of its own, so the Timeline shows the upcall where an external handler shows FAULTED.
        k.setState(p, ProcessState.IN_ACTIVATION);
        if (!touch(p, ac.code(), Access.EXECUTE.ordinal()) || !touch(p, ac.stack(), Access.WRITE.ordinal())) {
            return;
        }
        meter.charge(p.index, CostMeter.HANDLER, ac.computeCycles());
        boolean repaired = switch (ac.action().kind()) {
            case MAP_FRESH_PAGE -> k.actions.mapFreshPage(p, p.pendingFault, ac.action(), p.actionGpt, p.actionBank);
            case RETRY -> true;
            case REFUSE, FORWARD -> false;
        };
        if (!repaired) {
            // The handler gives up: it enters the kernel and the fault goes to the process handler.
            machine.enter(p.index, false);
            p.inActivation = false;
            k.delivery.escalated(p);
            k.delivery.deliverToProcessHandler(p);
            return;
        }
        machine.invokeKernelObject(p.index, cost.resumePathCycles(), HandlerActions.INVOKE_PROCESS);
        machine.enter(p.index, false);
        meter.charge(p.index, CostMeter.KERNEL, cost.activationRestorePathCycles());
        machine.exit(p.index, true);
        p.inActivation = false;
        k.delivery.resolved(p, p.index);
    }

    /** The handler's own references; a fault here is on its code or stack and escalates. */
    private boolean touch(KernelProcess p, Region r, int access) {
        for (long va = r.start(), end = r.start() + r.length(); va < end; va += Page.SIZE) {
            int f = k.memory.access(p, va, access, CostMeter.HANDLER);
            if (f != 0) {
                p.inActivation = false;
                escalateNew(p, va, f);
                return false;
            }
        }
        return true;
    }

    /** A new fault (on the handler's stack or code) replaces the one being handled and goes outside. */
    private void escalateNew(KernelProcess p, long va, int code) {
        k.delivery.record(p, va, code, k.memory.result);
        k.delivery.escalated(p);
        k.delivery.deliverToProcessHandler(p);
    }
}
