package coyotos.studio.sim.kernel;

import coyotos.studio.sim.memory.Cap;
import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.x86.cpu.CpuState;
import coyotos.studio.x86.cpu.Exit;

/**
 * A program's {@code int $0x30}, as {@code vh_SysCall} (arch/i386/kernel/IRQ.c) and {@code proc_syscall}
 * (kern_Process.c) take it: ESP := ECX (the parameter block), EIP := EDX (the address of the {@code int}), the
 * system call named by EAX's low four bits runs, and only when it completes is EIP moved past the two-byte
 * {@code int}; otherwise the process runs the {@code int} again when it next runs (a blocked send retries, a
 * receive completes). Yield (spec §6 "Yield [syscall]": to the back of the ready queue), CopyCap
 * ({@code proc_copy_cap}) and InvokeCap ({@link Invocation}); any other number, or a Yield or CopyCap word with
 * other bits set, is a MalformedSyscall fault.
 */
final class SystemCalls {
    /** Restarts of one system call before giving up on it (a receiver's fault makes the second attempt block). */
    private static final int MAX_RESTARTS = 4;

    private final Kernel k;
    private final Invocation invocation;
    private final CapLocations caps;

    SystemCalls(Kernel k, Invocation invocation, CapLocations caps) {
        this.k = k;
        this.invocation = invocation;
        this.caps = caps;
    }

    void enter(KernelProcess p, Exit e) {
        ProcessRegisters r = p.regs;
        CpuState c = r.cpu;
        k.machine.enter(p, false);
        c.setReg(CpuState.ESP, c.reg(CpuState.ECX));
        c.setEip(c.reg(CpuState.EDX));
        int ipw0 = c.reg(CpuState.EAX);
        k.bus.emit(EventType.SYSTEM_CALL, p.index, -1, ipw0 & 0xFFFF_FFFFL, e.pc() & 0xFFFF_FFFFL);
        boolean done = switch (ControlWord.nr(ipw0)) {
            case ControlWord.SC_YIELD -> ipw0 == ControlWord.SC_YIELD ? yieldProcessor(p) : malformed(p);
            case ControlWord.SC_COPY_CAP -> ipw0 == ControlWord.SC_COPY_CAP ? copyCap(p) : malformed(p);
            case ControlWord.SC_INVOKE_CAP -> invoke(p);
            default -> malformed(p);
        };
        if (done) {
            // pi_SysCallDone: return past the int $0x30.
            c.setEip(c.eip() + 2);
        }
        if (k.cur == p && p.inKernel) {
            k.machine.exit(p);
        }
    }

    private boolean invoke(KernelProcess p) {
        for (int attempt = 0; attempt < MAX_RESTARTS; attempt++) {
            Invocation.Outcome o = invocation.invoke(p);
            if (o != Invocation.Outcome.RESTART) {
                return o == Invocation.Outcome.COMPLETE;
            }
        }
        // Still restarting: leave it to run the int again later, as an abandoned transaction would.
        return false;
    }

    /** Yield completes, then the process goes to the back of the ready queue if another is ready. */
    private boolean yieldProcessor(KernelProcess p) {
        k.bus.emit(EventType.YIELD, p.index, -1, 0, 0);
        p.regs.cpu.setEip(p.regs.cpu.eip() + 2);
        k.yieldInKernel(p);
        return false;
    }

    /**
     * proc_copy_cap: the capability at the location in EBX goes to the location in ESI. A register source is
     * read as is; a memory source through the space (weakened on a weak path); register 0 as destination is a sink.
     */
    private boolean copyCap(KernelProcess p) {
        ProcessRegisters r = p.regs;
        Cap src = caps.source(p, r.reg(CpuState.EBX));
        if (src == null) {
            return fault(p);
        }
        CapLocations.Destination dst = caps.destination(p, r.reg(CpuState.ESI));
        if (dst == null) {
            return fault(p);
        }
        k.meter.charge(p.index, CostMeter.KERNEL, k.cost.capStorePathCycles());
        caps.store(dst, src);
        return true;
    }

    private boolean fault(KernelProcess p) {
        if (caps.fromWalk) {
            k.delivery.raise(p, caps.faultAddress, caps.fault, caps.walked);
        } else {
            k.delivery.takeFault(p, caps.fault, caps.faultAddress);
        }
        return false;
    }

    private boolean malformed(KernelProcess p) {
        k.delivery.takeFault(p, FaultCode.MALFORMED_SYSCALL.code(), 0);
        return false;
    }
}
