package coyotos.studio.sim.kernel;

import coyotos.studio.sim.image.Access;
import coyotos.studio.sim.image.ActivationConfig;
import coyotos.studio.x86.cpu.CpuState;
import coyotos.studio.x86.cpu.Exit;
import coyotos.studio.x86.cpu.Vector;
import java.util.Arrays;

/**
 * The activation-handler what-if for a process that runs machine code: the register-level convention. The spec
 * draft before 0.6 (spec.xml as of f339207^, the revision before "Major specification update", 2007-09-10) gives
 * the parts: the save area's fields (§3.1.2 "Activation Save Area", figure proc-actstate: the flags word with the
 * {@code a} bit, saved PC, SP and flags), the delivery (§3.3.1 "Exception Delivery": PC, SP, flags, fault code and
 * info are copied out, the process is started at the handler's entry PC and SP, a fault while copying is
 * ActivationFail to the external handler with the original fault kept) and the return (§3.3.2 and the IA-32 annex
 * "Activation Return": the handler stores the normal-mode PC, SP and EFLAGS into the save area, loads every other
 * register itself and branches to the kernel-supplied stub at {@code 0x32:256}, which clears {@code a} and reloads
 * EFLAGS, SP and PC). The draft leaves the IA-32 layout to an annex it never wrote; the smallest one that lets a
 * handler resume any fault is this convention's own what-if:
 *
 * <ul>
 * <li>The save area is the top {@value ActivationConfig#REGISTER_SAVE_AREA_BYTES} bytes of the handler's stack
 * region, 14 words: {@link #FLAGS} (bit 0 is {@code a}), {@link #FAULT_CODE}, {@link #FAULT_INFO} (low 32 bits),
 * {@link #SAVED_PC}, {@link #SAVED_SP}, {@link #SAVED_FLAGS}, then at {@link #REGISTERS} the eight general
 * registers in the order PUSHAD stores them (EDI lowest, then ESI, EBP, ESP, EBX, EDX, ECX, EAX), so a handler
 * reloads them with one POPAD. The draft's soft interrupts are not simulated and have no word.</li>
 * <li>The kernel writes it through the process's own mapping (the GPT walk builds a missing PTE; a walk that fails
 * is ActivationFail with the failing address as fault info), then starts the process at the handler's entry PC
 * (from the model: the draft's aEntryPC) with ESP at the save area (the handler's stack grows down below it) and
 * EFLAGS as a process starts (IF set, {@code proc_arch_initregs}); the general registers stay as they were.</li>
 * <li>The return is the annex's sequence: store the resume PC, SP and EFLAGS into the save area, reload the
 * general registers, {@code ljmp $0x32, $0x100}. The 2007 kernel has no kernel interface page: selector 0x32 names
 * GDT entry 6, the user TLS data segment ({@code seg_AppTLS}, arch/i386/kernel/Selector.h), which is no code
 * segment, so the CPU raises #GP(0x30) there; the kernel takes that #GP from an activated process at exactly this
 * instruction as the stub: its references to the save area are the handler's user references (a fault there goes to the
 * process handler and the return runs again when resumed), EFLAGS is reloaded as POPF would at CPL 3, and
 * {@code a} is cleared. Under draft-0.5 that costs no kernel entry (the stub runs in user mode), under seed-2007
 * one (to restore the capability registers), as the workload what-if charges it.</li>
 * </ul>
 */
final class ProgramActivation {
    /** How a run's what-ifs name this convention, after the design's label. */
    static final String CONVENTION = " at the register level (the simulator's IA-32 convention, also a what-if: "
            + "a 14-word save area at the top of the handler's stack, return by ljmp $0x32,$0x100)";
    /** Byte offsets in the save area. */
    static final int FLAGS = 0, FAULT_CODE = 4, FAULT_INFO = 8, SAVED_PC = 12, SAVED_SP = 16, SAVED_FLAGS = 20,
            REGISTERS = 24;
    /** The {@code a} bit of the flags word: the process is activated. */
    static final int ACTIVATED = 1;
    /** The annex's activation return entry, {@code 0x32:256}. */
    static final int RETURN_SELECTOR = 0x32, RETURN_OFFSET = 0x100;
    /** {@code ljmp $0x32, $0x100}: EA, the 32-bit offset, the 16-bit selector. */
    private static final byte[] RETURN_JUMP = {(byte) 0xEA, 0x00, 0x01, 0x00, 0x00, 0x32, 0x00};
    /** General registers by their PUSHAD slot, EDI first. */
    private static final int[] PUSHAD = {CpuState.EDI, CpuState.ESI, CpuState.EBP, CpuState.ESP, CpuState.EBX,
            CpuState.EDX, CpuState.ECX, CpuState.EAX};

    private final Kernel k;
    private final UserMemory memory;
    private final int[] frame = new int[ActivationConfig.REGISTER_SAVE_AREA_BYTES / 4];
    private final byte[] word = new byte[4];
    private final byte[] jump = new byte[RETURN_JUMP.length];
    /** Where the last failed reference of {@link #save} or {@link #restore} faulted. */
    long faultAddress;

    ProgramActivation(Kernel k, UserMemory memory) {
        this.k = k;
        this.memory = memory;
    }

    /**
     * Copies the faulting context of {@code p} (in the kernel, on the CPU) into its save area: 0, or the fault code
     * of the failed write with {@link #faultAddress} and {@code k.memory.result} describing it (words before the
     * failing page stay written, as a kernel's copyout leaves them).
     */
    int save(KernelProcess p) {
        CpuState c = p.regs.cpu;
        frame[FLAGS / 4] = ACTIVATED;
        frame[FAULT_CODE / 4] = p.faultCode;
        frame[FAULT_INFO / 4] = (int) p.faultInfo;
        frame[SAVED_PC / 4] = c.eip();
        frame[SAVED_SP / 4] = c.reg(CpuState.ESP);
        frame[SAVED_FLAGS / 4] = c.eflags();
        for (int i = 0; i < PUSHAD.length; i++) {
            frame[REGISTERS / 4 + i] = c.reg(PUSHAD[i]);
        }
        int f = memory.writeWords(p, p.activation.saveArea(), frame, true);
        faultAddress = memory.faultAddress;
        return f;
    }

    /** Draft §3.3.1 step 2: the handler's entry PC and stack, EFLAGS as at process start. */
    void enter(KernelProcess p) {
        CpuState c = p.regs.cpu;
        c.setEip((int) p.activation.entryPc());
        c.setReg(CpuState.ESP, (int) p.activation.saveArea());
        c.setEflags(CpuState.IF);
    }

    /** Whether exit {@code e} of activated {@code p} is its {@code ljmp $0x32, $0x100}: the activation return. */
    boolean isReturn(KernelProcess p, Exit e) {
        if (e.vector() != Vector.GP || e.errorCode() != (RETURN_SELECTOR & ~3) || !p.activated
                || p.activation == null) {
            return false;
        }
        return memory.peek(p, e.pc() & 0xFFFF_FFFFL, jump, 0, jump.length) && Arrays.equals(jump, RETURN_JUMP);
    }

    /**
     * The stub's work: reads the resume PC, SP and EFLAGS from the save area and clears {@code a}, each a user
     * reference of the handler. Returns 0 with the registers loaded, or the fault code of the reference that
     * faulted (the process is then in the kernel, {@link #faultAddress} and {@code k.memory.result} describe it, and
     * nothing changed: the return runs again when the process is resumed).
     */
    int restore(KernelProcess p) {
        long area = p.activation.saveArea();
        int pc = 0, sp = 0, flags = 0;
        for (int off : new int[] {SAVED_PC, SAVED_SP, SAVED_FLAGS, FLAGS}) {
            long va = area + off;
            int f = k.memory.access(p, va, off == FLAGS ? Access.WRITE.ordinal() : Access.READ.ordinal(),
                    p.userCategory());
            if (f != 0) {
                faultAddress = va;
                return f;
            }
            if (off != FLAGS) {
                memory.peek(p, va, word, 0, 4);
                int v = UserMemory.le32(word, 0);
                switch (off) {
                    case SAVED_PC -> pc = v;
                    case SAVED_SP -> sp = v;
                    default -> flags = v;
                }
            }
        }
        memory.peek(p, area + FLAGS, word, 0, 4);
        UserMemory.put32(word, 0, UserMemory.le32(word, 0) & ~ACTIVATED);
        memory.poke(p, area + FLAGS, word, 0, 4);
        CpuState c = p.regs.cpu;
        c.setEflags((c.eflags() & ~CpuState.USER_WRITABLE) | (flags & CpuState.USER_WRITABLE));
        c.setReg(CpuState.ESP, sp);
        c.setEip(pc);
        return 0;
    }
}
