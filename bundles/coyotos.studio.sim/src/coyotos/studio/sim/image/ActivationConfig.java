package coyotos.studio.sim.image;

import java.util.List;
import java.util.Objects;

/**
 * An in-process activation handler: a labelled what-if ({@link ActivationDesign}), not a Coyotos 0.6 mechanism.
 * While the process is not activated every fault it takes (after the memory handler search, spec §4.3.2) is
 * delivered to this handler: the kernel saves PC, SP, flags, fault code and info into the save area at
 * {@code saveArea} and starts {@code code} on {@code stack} in the faulting process's own address space. The
 * handler repairs faults at addresses in {@code handles} with {@code action}; any other fault it gives to the
 * process handler. Faults taken while activated (on its own code or stack, say) go to the process handler.
 *
 * <p>The model has no separate save-area object: the save area lies at the top of the handler's stack region
 * unless given ({@link #defaultSaveArea}).
 *
 * <p>For a process that runs machine code the handler is the program's own code at {@code entryPc}: the kernel
 * saves the faulting registers into a {@link #REGISTER_SAVE_AREA_BYTES}-byte save area at the top of
 * {@code stack} ({@link #registerSaveArea}) and starts the program at {@code entryPc} with ESP at the save area;
 * {@code handles}, {@code computeCycles} and {@code action} are then unused (the program's code decides). The
 * register-level convention is a what-if of its own: see {@code coyotos.studio.sim.kernel.ProgramActivation}.
 */
public record ActivationConfig(ActivationDesign design, Region code, Region stack, long saveArea,
        List<Region> handles, long computeCycles, FaultAction action, long entryPc) {

    /**
     * Bytes of the draft's save area on IA-32: saved PC, SP, flags, fault code, fault info, soft interrupts and the
     * activation flags word, one 32-bit word each, rounded up (draft 0.5 §3.1.2 figure "Activation process
     * state"; estimate of the annex's exact layout).
     */
    public static final int SAVE_AREA_BYTES = 32;

    /**
     * Bytes of the register save area of a program's activation handler (what-if IA-32 convention): the draft's
     * flags word, fault code, fault info, saved PC, SP and EFLAGS, then the eight general registers as PUSHAD
     * stores them, 14 words.
     */
    public static final int REGISTER_SAVE_AREA_BYTES = 56;

    public ActivationConfig {
        Objects.requireNonNull(code);
        Objects.requireNonNull(stack);
        design = design == null ? ActivationDesign.DEFAULT : design;
        handles = List.copyOf(handles);
        Objects.requireNonNull(action);
        if (action.kind() == FaultAction.Kind.FORWARD) {
            throw new IllegalArgumentException("an activation handler gives a fault up, it does not forward");
        }
    }

    /** A workload's handler: its entry PC is the start of its code region. */
    public ActivationConfig(ActivationDesign design, Region code, Region stack, long saveArea, List<Region> handles,
            long computeCycles, FaultAction action) {
        this(design, code, stack, saveArea, handles, computeCycles, action, code.start());
    }

    /** The draft-0.5 design with the save area at the top of the stack. */
    public ActivationConfig(Region code, Region stack, List<Region> handles, long computeCycles, FaultAction action) {
        this(ActivationDesign.DEFAULT, code, stack, defaultSaveArea(stack), handles, computeCycles, action);
    }

    /**
     * A program's handler: its code starts at {@code entryPc} and runs on {@code stack}, whose top
     * {@value #REGISTER_SAVE_AREA_BYTES} bytes are the register save area. {@code code} is where its code lies
     * (reports and the handler-stack memory figure), or null for the entry PC alone.
     */
    public static ActivationConfig forProgram(ActivationDesign design, long entryPc, Region code, Region stack) {
        return new ActivationConfig(design, code == null ? new Region(entryPc, 0) : code, stack,
                registerSaveArea(stack), List.of(), 0, FaultAction.refuse(), entryPc);
    }

    /** The top {@value #SAVE_AREA_BYTES} bytes of the stack region, word aligned. */
    public static long defaultSaveArea(Region stack) {
        return (stack.start() + Math.max(0, stack.length() - SAVE_AREA_BYTES)) & ~3L;
    }

    /** The top {@value #REGISTER_SAVE_AREA_BYTES} bytes of the stack region, word aligned. */
    public static long registerSaveArea(Region stack) {
        return (stack.start() + Math.max(0, stack.length() - REGISTER_SAVE_AREA_BYTES)) & ~3L;
    }

    public ActivationConfig withDesign(ActivationDesign d) {
        return new ActivationConfig(d, code, stack, saveArea, handles, computeCycles, action, entryPc);
    }

    /** Whether the handler's action is meant to repair a fault at {@code va}. */
    public boolean repairs(long va) {
        for (Region r : handles) {
            if (r.contains(va)) {
                return true;
            }
        }
        return false;
    }

    /** The handler's stack overlaps a region it repairs: it runs on the stack it is asked to grow (seed thread). */
    public boolean sharesStack() {
        for (Region r : handles) {
            if (Long.compareUnsigned(r.start(), stack.start() + stack.length()) < 0
                    && Long.compareUnsigned(stack.start(), r.start() + r.length()) < 0 && r.length() > 0
                    && stack.length() > 0) {
                return true;
            }
        }
        return false;
    }
}
