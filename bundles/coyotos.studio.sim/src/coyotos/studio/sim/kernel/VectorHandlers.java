package coyotos.studio.sim.kernel;

import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.x86.cpu.CpuHost;
import coyotos.studio.x86.cpu.Exit;
import coyotos.studio.x86.cpu.Vector;

/**
 * The 2007 kernel's handlers for the exceptions a program's instructions raise (arch/i386/kernel/IRQ.c,
 * vector_init): a page fault goes to {@code vh_PageFault} (the GPT walk builds the PTE, or the fault goes through
 * the memory-handler search, {@link FaultDelivery#raise}); the others set a Process.idl fault with fault info 0
 * ({@code proc_TakeFault}) for the process handler:
 * <ul>
 * <li>#DE DivZero (38), #OF Overflow (44), #BR Bounds (45), #DB Debug (42), #SS StackSeg (129), #NP SegNotPresent
 * (130), #AC BadAlign (39) (vh_UserFault, vh_DebugException);</li>
 * <li>#BP BreakPoint (34), with the PC moved back one byte (vh_BptTrap: for {@code int3} the PC is the
 * instruction; for the two-byte {@code int $3} it is one byte into it, as the kernel leaves it);</li>
 * <li>#GP GeneralProtection (128): vh_UserFault raises IOPL instead only for a process holding the I/O privilege
 * capability, which the simulator does not model;</li>
 * <li>#UD: vh_UserFault sets BadOpcode (36) with proc_SetFault, which returns, and the switch falls through (no
 * break) into the #GP case, whose proc_TakeFault replaces it with GeneralProtection (128). The simulator does what
 * that code does: a #UD reaches the handler as GeneralProtection.</li>
 * <li>#NM (no FPU): the 2007 kernel stops the machine (vh_DeviceNotAvailable: fatal); the interpreter raises #UD
 * for x87 opcodes instead, so it never happens here; were it to, the process gets NoFPU (40).</li>
 * </ul>
 * A #GP at an activated process's {@code ljmp $0x32, $0x100} is its activation return (what-if,
 * {@link ProgramActivation}), not a fault.
 * Each fault also emits FAULT_INSTRUCTION with the address of the instruction that raised it, and the instruction's
 * text is kept.
 */
final class VectorHandlers {
    private final Kernel k;
    private final FaultSites sites;
    private final ProgramActivation activation;

    VectorHandlers(Kernel k, FaultSites sites, ProgramActivation activation) {
        this.k = k;
        this.sites = sites;
        this.activation = activation;
    }

    void take(KernelProcess p, Exit e) {
        if (e.vector() == Vector.PF) {
            pageFault(p, e);
            return;
        }
        if (activation.isReturn(p, e)) {
            activationReturn(p, e);
            return;
        }
        k.machine.enter(p, true);
        long pc = e.pc() & 0xFFFF_FFFFL;
        int code = switch (e.vector()) {
            case Vector.DE -> FaultCode.DIV_ZERO.code();
            case Vector.DB -> FaultCode.DEBUG.code();
            case Vector.BP -> {
                // The CPU left EIP after the trapping instruction; the kernel takes one byte back.
                p.regs.cpu.setEip(p.regs.cpu.eip() - 1);
                yield FaultCode.BREAK_POINT.code();
            }
            case Vector.OF -> FaultCode.OVERFLOW.code();
            case Vector.BR -> FaultCode.BOUNDS.code();
            case Vector.NM -> FaultCode.NO_FPU.code();
            case Vector.SS -> FaultCode.STACK_SEG.code();
            case Vector.NP -> FaultCode.SEG_NOT_PRESENT.code();
            case Vector.AC -> FaultCode.BAD_ALIGN.code();
            default -> FaultCode.GENERAL_PROTECTION.code();
        };
        note(p, pc, code);
        k.delivery.takeFault(p, code, 0);
    }

    private void pageFault(KernelProcess p, Exit e) {
        int err = e.errorCode();
        int access = (err & CpuHost.PF_I) != 0 ? 2 : (err & CpuHost.PF_W) != 0 ? 1 : 0;
        long va = e.faultAddress() & 0xFFFF_FFFFL;
        int f = k.memory.pageFault(p, va, access);
        if (f == 0) {
            // The PTE is built; the instruction runs again.
            return;
        }
        note(p, e.pc() & 0xFFFF_FFFFL, f);
        k.delivery.raise(p, va, f);
    }

    /**
     * The activation return (what-if, {@link ProgramActivation}): the stub reloads the interrupted registers, or a
     * reference it makes to the save area faults, which goes to the process handler (the process is activated).
     */
    private void activationReturn(KernelProcess p, Exit e) {
        int f = activation.restore(p);
        if (f != 0) {
            note(p, e.pc() & 0xFFFF_FFFFL, f);
            k.delivery.raise(p, activation.faultAddress, f);
            return;
        }
        k.activations.returnFromHandler(p);
    }

    private void note(KernelProcess p, long pc, int code) {
        sites.note(p, pc);
        k.bus.emit(EventType.FAULT_INSTRUCTION, p.index, -1, pc, code);
    }
}
