package coyotos.studio.sim.kernel;

import coyotos.studio.sim.image.ProgramStart;
import coyotos.studio.x86.cpu.CpuState;
import coyotos.studio.x86.cpu.InstructionCounts;

/**
 * The register save area of a process that runs machine code, as the 2007 i386 kernel keeps it
 * ({@code Process.state.regs}): the fixed registers the CPU runs with ({@link CpuState}), and the "soft"
 * parameter registers the invocation path keeps in the kernel between a send and its receiver's copy-out
 * ({@code arch/i386/kernel/target-hal/syscall.h}: pw4-pw7, the received protected payload, string length and
 * endpoint id, and the receive bound, pointer and capability locations saved at the start of a receive).
 * Also what the process retired, per instruction class.
 */
final class ProcessRegisters {
    /** IA-32 selectors of the 2007 kernel's user segments (arch/i386/kernel/Selector.h, dispatch.c). */
    static final int APP_CODE = 0x23, APP_DATA = 0x2b, APP_TLS = 0x33;

    final CpuState cpu = new CpuState();
    /** Soft parameter words 4-7 received (set_pw). */
    final int[] pw = new int[8];
    int protPayload;
    int sndLen;
    long epID;
    int rcvBound;
    int rcvPtr;
    final int[] rcvCap = new int[4];
    /** Retired instructions per class, and string elements. */
    final InstructionCounts counts = new InstructionCounts();
    /** The image the code came from, for reports; null when not known. */
    final String image;

    ProcessRegisters(ProgramStart start) {
        this.image = start.image();
        cpu.setReg(CpuState.EAX, start.eax());
        cpu.setReg(CpuState.EBX, start.ebx());
        cpu.setReg(CpuState.ECX, start.ecx());
        cpu.setReg(CpuState.EDX, start.edx());
        cpu.setReg(CpuState.ESI, start.esi());
        cpu.setReg(CpuState.EDI, start.edi());
        cpu.setReg(CpuState.EBP, start.ebp());
        cpu.setReg(CpuState.ESP, start.esp());
    }

    /**
     * {@code proc_arch_initregs} (arch/i386/kernel/dispatch.c), run when the Startup fault is cleared: the PC, the
     * user segments, and EFLAGS with interrupts enabled and IOPL 0; the general registers stay as the image set
     * them.
     */
    void startAt(long pc) {
        cpu.setEip((int) pc);
        cpu.setSegment(CpuState.CS, APP_CODE, 0);
        cpu.setSegment(CpuState.DS, APP_DATA, 0);
        cpu.setSegment(CpuState.SS, APP_DATA, 0);
        cpu.setSegment(CpuState.ES, APP_DATA, 0);
        cpu.setSegment(CpuState.FS, APP_TLS, 0);
        cpu.setEflags(CpuState.IF);
    }

    int reg(int r) {
        return cpu.reg(r);
    }

    void setReg(int r, int v) {
        cpu.setReg(r, v);
    }

    long retired() {
        return counts.total();
    }
}
