package coyotos.studio.sim.kernel;

import coyotos.studio.sim.image.Access;
import coyotos.studio.sim.image.ActivationConfig;
import coyotos.studio.sim.machine.CostProfile;
import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.FaultHandlerKind;
import coyotos.studio.sim.result.ProcessState;

/**
 * The activation-handler what-if ({@link coyotos.studio.sim.image.ActivationDesign}): not a Coyotos 0.6 mechanism.
 * It follows the spec draft before 0.6 (§3.1.2 "Activation Save Area", §3.3.1 "Exception Delivery", §3.3.2 "Return
 * From In-Process Handler", IA-32 annex "Activation Return"):
 *
 * <ul>
 * <li>A fault of a process that is not activated goes to its in-process handler (after the memory handler search
 * of §4.3.2): the kernel copies PC, SP, flags, fault code and info into the save area, clears the fault and
 * dispatches the process at the handler's entry PC on the handler's stack, in its own address space (no
 * hand-off, no CR3 load).</li>
 * <li>If the copy to the save area faults, the fault goes to the process handler as ActivationFail (48) with the
 * save-area address as its info, and the process keeps its original fault code and info.</li>
 * <li>Faults taken while activated (on the handler's own code or stack, say) go to the process handler. A handler
 * that cannot repair a fault gives it to the process handler.</li>
 * <li>Return: draft-0.5 returns in user mode through a kernel-supplied stub, without a kernel entry; seed-2007
 * needs one kernel entry to restore the capability registers.</li>
 * </ul>
 *
 * <p>So a fault on the handler's own stack is never taken by the handler: with its own (unmapped) stack it comes
 * back as ActivationFail or as an activated fault; with a stack shared with the program it is unrecoverable
 * in-process, and halts the process when there is no process handler. It never loops.
 *
 * <p>A process that runs machine code has its handler in its own code: {@link ProgramActivation} is the
 * register-level convention (save area contents, entry, return), the transitions and their costs are these.
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

    /** The kernel delivers the pending fault of {@code p} (not activated) to its activation handler. */
    void upcall(KernelProcess p) {
        ActivationConfig ac = p.activation;
        meter.charge(p.index, CostMeter.KERNEL, cost.activationFramePathCycles());
        int f;
        long at;
        if (p.runsProgram()) {
            // The faulting registers go into the save area (ProgramActivation: the register-level what-if).
            f = k.programs.activation.save(p);
            at = k.programs.activation.faultAddress;
        } else {
            f = k.memory.kernelProbe(p, ac.saveArea(), Access.WRITE);
            at = ac.saveArea();
        }
        if (f != 0) {
            // ActivationFail: a "double fault" reported to the external handler with the address that faulted as
            // its info (draft §3.3.1); the original fault stays.
            stats.raised++;
            p.faultsRaised++;
            bus.emit(EventType.FAULT_RAISED, p.index, -1, at, f);
            k.delivery.escalated(p, at, FaultCode.ACTIVATION_FAIL.code());
            k.delivery.toHandlerSlot(p, FaultCode.ACTIVATION_FAIL.code(), at, k.memory.result);
            return;
        }
        stats.delivered++;
        p.lastHandler = p.index;
        bus.emit(EventType.FAULT_DELIVERED, p.index, p.index, p.faultInfo, FaultHandlerKind.ACTIVATION_HANDLER.ordinal());
        p.actCode = p.faultCode;
        p.actInfo = p.faultInfo;
        p.actWalk.copyFrom(p.pendingFault);
        // Draft §3.3.1 step 3: the in-kernel fault code and info are cleared.
        p.faultCode = 0;
        p.faultInfo = 0;
        p.faultPending = false;
        p.activated = true;
        if (p.runsProgram()) {
            k.programs.activation.enter(p);
        } else {
            p.act.restart();
        }
        machine.exit(p);
        k.setState(p, ProcessState.IN_ACTIVATION);
    }

    /** ACT_REPAIR: the handler's action, for a fault in a region it handles; anything else it gives up. */
    void repair(KernelProcess p) {
        ActivationConfig ac = p.activation;
        boolean repaired = ac.repairs(p.actInfo) && switch (ac.action().kind()) {
            case MAP_FRESH_PAGE -> k.actions.mapFreshPage(p, p.actWalk, ac.action(), p.actionGpt, p.actionBank);
            case RETRY -> true;
            case REFUSE, FORWARD -> false;
        };
        if (repaired) {
            p.act.pc++;
            return;
        }
        // The handler hands the fault to the process handler: one kernel entry, and it leaves activated mode.
        machine.enter(p, false);
        p.activated = false;
        p.faultCode = p.actCode;
        p.faultInfo = p.actInfo;
        p.pendingFault.copyFrom(p.actWalk);
        p.faultPending = true;
        k.delivery.escalated(p, p.actInfo, p.actCode);
        k.delivery.toHandlerSlot(p, p.actCode, p.actInfo, p.actWalk);
    }

    /**
     * ACT_RETURN, or a program's activation return once its stub reloaded the registers
     * ({@link ProgramActivation#restore}): back to the interrupted program, which retries the faulting reference
     * (or goes on wherever the handler said).
     */
    void returnFromHandler(KernelProcess p) {
        if (p.activation.design().returnEntersKernel()) {
            // seed-2007: restoring the capability registers takes a kernel entry.
            machine.enter(p, false);
            meter.charge(p.index, CostMeter.KERNEL, cost.activationRestorePathCycles());
            machine.exit(p);
        }
        // draft-0.5: a user-mode sequence through the kernel-supplied stub, no kernel entry (IA-32 annex).
        p.activated = false;
        k.setState(p, ProcessState.RUNNING);
        k.delivery.resolved(p, p.index, p.actInfo);
    }
}
