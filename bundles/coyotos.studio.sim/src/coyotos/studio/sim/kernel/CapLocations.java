package coyotos.studio.sim.kernel;

import coyotos.studio.sim.image.Access;
import coyotos.studio.sim.image.Restrictions;
import coyotos.studio.sim.memory.Cap;
import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.memory.GptWalk;
import coyotos.studio.sim.memory.MemoryStore;
import coyotos.studio.sim.memory.TranslationResult;

/**
 * Where a system call finds and puts capabilities: a {@code caploc_t} (sys/coyotos/coytypes.h) names either a
 * capability register (bit 0 clear, the register in the bits above) or a 16-byte slot of a capability page at an
 * address (bit 0 set, the address in the bits above). Memory locations are walked in software each time, as
 * {@code proc_findCapPageSlot} does (kern_Process.c): a capability load through a weak path comes back weakened
 * ({@code cap_weaken}, kern_Capability.c), a store through a read-only or weak one is an AccessViolation, and a
 * capability location in a data page a CapAccessTypeError (GptWalk; the 2007 kernel only asserts there).
 *
 * <p>A failed lookup leaves {@link #fault}, {@link #faultAddress} and, for a walk fault, {@link #walked} set; the
 * caller delivers it to whichever process it concerns.
 */
final class CapLocations {
    static final int CAP_REGISTERS = 32;
    /** A capability in memory is 16 bytes: the location's address must be 16-byte aligned to name a slot. */
    static final int CAP_BYTES = 16;

    /** Where a capability goes: a register of a process, a capability page slot, or nowhere (register 0). */
    record Destination(KernelProcess process, int register, int capPage, int slot) {
        static final Destination SINK = new Destination(null, -1, -1, -1);
    }

    private final MemoryStore store;
    private final GptWalk walk;
    private final MemoryAccess access;
    /** The walk of the last failed memory location (for the memory-handler search). */
    final TranslationResult walked = new TranslationResult();
    int fault;
    long faultAddress;
    /** The fault came from walking the space (so the memory-handler search applies), not from a range check. */
    boolean fromWalk;
    /** The register a source came from, or -1 (a memory source is a copy). */
    int sourceRegister;

    CapLocations(MemoryStore store, GptWalk walk, MemoryAccess access) {
        this.store = store;
        this.walk = walk;
        this.access = access;
    }

    static boolean inMemory(int caploc) {
        return (caploc & 1) != 0;
    }

    static long address(int caploc) {
        return caploc & 0xFFFF_FFFEL;
    }

    static int register(int caploc) {
        return caploc >>> 1;
    }

    /** proc_marshall_src_cap: the capability at {@code caploc} of {@code p}, or null with the fault set. */
    Cap source(KernelProcess p, int caploc) {
        fault = 0;
        sourceRegister = -1;
        if (!inMemory(caploc)) {
            int reg = register(caploc);
            if (reg >= CAP_REGISTERS) {
                return failed(FaultCode.MALFORMED_SYSCALL.code(), 0, false);
            }
            sourceRegister = reg;
            return p.capRegs[reg];
        }
        long addr = address(caploc);
        if (!UserMemory.validRange(addr, CAP_BYTES)) {
            return failed(FaultCode.INVALID_CAP_REFERENCE.code(), addr, false);
        }
        int f = walk.translate(p.space, addr, Access.CAP_READ, walked);
        access.chargeWalk(p, walked.steps);
        if (f != 0) {
            return failed(f, addr, true);
        }
        Cap c = store.capSlot(walked.pageIndex, slotOf(addr));
        return walked.weakened ? weaken(c) : c;
    }

    /** proc_marshall_dest_cap: where a capability for {@code p} at {@code caploc} goes, or null with the fault set. */
    Destination destination(KernelProcess p, int caploc) {
        fault = 0;
        if (!inMemory(caploc)) {
            int reg = register(caploc);
            if (reg >= CAP_REGISTERS) {
                failed(FaultCode.MALFORMED_SYSCALL.code(), 0, false);
                return null;
            }
            return reg == 0 ? Destination.SINK : new Destination(p, reg, -1, -1);
        }
        long addr = address(caploc);
        if (!UserMemory.validRange(addr, CAP_BYTES)) {
            failed(FaultCode.INVALID_CAP_REFERENCE.code(), addr, false);
            return null;
        }
        int f = walk.translate(p.space, addr, Access.CAP_WRITE, walked);
        access.chargeWalk(p, walked.steps);
        if (f != 0) {
            failed(f, addr, true);
            return null;
        }
        return new Destination(p, -1, walked.pageIndex, slotOf(addr));
    }

    /** cap_set into a destination (register 0 is a sink: it always reads Null). */
    void store(Destination d, Cap c) {
        if (d.register() > 0) {
            d.process().capRegs[d.register()] = c;
        } else if (d.capPage() >= 0) {
            store.setCapSlot(d.capPage(), d.slot(), c);
        }
    }

    private Cap failed(int code, long addr, boolean walkFailed) {
        fault = code;
        faultAddress = addr;
        fromWalk = walkFailed;
        return null;
    }

    private static int slotOf(long addr) {
        return (int) ((addr & 0xFFF) >>> 4);
    }

    /** cap_weaken (kern_Capability.c): what a capability read through a weak path becomes. */
    static Cap weaken(Cap c) {
        return switch (c.type) {
            case NULL, BACKGROUND_WINDOW, LOCAL_WINDOW -> c;
            case GPT, CAP_PAGE -> withRestrictions(c, c.restr | Restrictions.RO | Restrictions.WK);
            case PAGE -> withRestrictions(c, c.restr | Restrictions.RO);
            default -> Cap.NULL;
        };
    }

    private static Cap withRestrictions(Cap c, int restr) {
        return new Cap(c.type, c.target, restr, c.match, c.l2g, c.payload, c.offset, c.slot);
    }
}
