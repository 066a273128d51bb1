package coyotos.studio.sim.memory;

import coyotos.studio.sim.image.Access;
import coyotos.studio.sim.image.CapType;
import coyotos.studio.sim.image.Gpt;
import coyotos.studio.sim.image.Page;
import coyotos.studio.sim.image.Restrictions;

/**
 * Software address translation through GPTs and windows, as the 2007 kernel's {@code memwalk()} does it
 * ({@code kern_MemWalk.c}), followed by the checks its callers make ({@code arch/i386/kernel/PageFault.c}
 * {@code do_pageFault}, {@code kern_Process.c} {@code proc_findCapPageSlot}). Allocation-free: results go into a
 * caller-owned {@link TranslationResult}.
 *
 * <p>Where the kernel and spec 0.6 differ, the kernel is followed and the comment says so.
 */
public final class GptWalk {
    /**
     * The kernel bounds a walk at this many traversed capabilities ({@code MEMWALK_MAX}, kerninc/MemWalk.h) and
     * reports MalformedSpace beyond it, which is how a cyclic space faults (spec §4.3.3 Cycle Detection leaves the
     * method open). TraverseLimit (12) is defined in Process.idl but never raised.
     */
    public static final int MEMWALK_MAX = 32;

    private final MemoryStore store;
    private final boolean nx;
    private final long userLimit;

    /** A walk as spec §4.3.1 describes it: no NX enforcement, no kernel range. */
    public GptWalk(MemoryStore store) {
        this(store, false, -1L);
    }

    /**
     * @param nx        fetches through an NX path fault with NoExecute (PageFault.c; only where the kernel enables
     *                  NX on a CPU that has it)
     * @param userLimit addresses at or above it are the kernel's and fault with InvalidDataReference
     *                  (PageFault.c: {@code addr >= KVA}); -1 for none
     */
    public GptWalk(MemoryStore store, boolean nx, long userLimit) {
        this.store = store;
        this.nx = nx;
        this.userLimit = userLimit;
    }

    /** Translates {@code address} through {@code space}; returns the fault code (0 on success). */
    public int translate(Cap space, long address, Access access, TranslationResult r) {
        r.reset(address);
        int walk = memwalk(space, address, access.isStore(), r);
        int fc;
        if (Long.compareUnsigned(address, userLimit) >= 0) {
            fc = invalid(access);
        } else if (access == Access.EXECUTE && nx && (r.restrictions & Restrictions.NX) != 0) {
            fc = FaultCode.NO_EXECUTE.code();
        } else if (walk != 0) {
            fc = walk == FaultCode.INVALID_DATA_REFERENCE.code() ? invalid(access) : walk;
        } else if (!access.isCapability() && r.capPage) {
            fc = FaultCode.DATA_ACCESS_TYPE_ERROR.code();
        } else if (access.isCapability() && !r.capPage) {
            fc = FaultCode.CAP_ACCESS_TYPE_ERROR.code();
        } else {
            r.weakened = access == Access.CAP_READ && (r.restrictions & Restrictions.WK) != 0;
            fc = 0;
        }
        r.faultCode = fc;
        return fc;
    }

    /**
     * The kernel's walk. Returns 0, InvalidDataReference, MalformedSpace or, for a write through a path that has
     * RO or WK anywhere in what was walked, AccessViolation whatever else went wrong (kern_MemWalk.c:232-256):
     * rights are checked before the page type and even when the walk stops at an empty slot.
     */
    private int memwalk(Cap start, long address, boolean forWrite, TranslationResult r) {
        long addr = address;
        Cap cap = start;
        int cum = 0;
        int gpt = -1;
        int bgGpt = -1;
        boolean fromSlot = false;
        int slotGpt = -1;
        int slotIndex = -1;
        int slotL2v = 0;
        while (r.count < MEMWALK_MAX) {
            while (cap.type == CapType.GPT) {
                r.steps++;
                if (!guardMatches(cap, addr)) {
                    return end(r, cum, forWrite, FaultCode.INVALID_DATA_REFERENCE);
                }
                addr ^= guard(cap);
                int g = cap.target;
                long remaining = addr;
                if (store.bg(g)) {
                    bgGpt = g;
                }
                int l2v = store.l2v(g);
                long slot = addr >>> l2v;
                // kerninc/GPT.h gpt_addressable_slots: with bg only half the slots are addressable (the spec
                // reserves only slot 14). The GPT joins the walk, and the handler search, only after this check.
                if (Long.compareUnsigned(slot, addressableSlots(g)) >= 0) {
                    return end(r, cum, forWrite, FaultCode.INVALID_DATA_REFERENCE);
                }
                addr -= slot << l2v;
                record(r, TranslationResult.GPT, g, cap.restr, remaining);
                cum |= cap.restr;
                gpt = g;
                if (r.count >= MEMWALK_MAX) {
                    return end(r, cum, forWrite, FaultCode.MALFORMED_SPACE);
                }
                cap = store.slot(g, (int) slot);
                fromSlot = true;
                slotGpt = g;
                slotIndex = (int) slot;
                slotL2v = l2v;
            }
            r.steps++;
            if (!guardMatches(cap, addr)) {
                // A memory (or null) capability whose guard fails is an invalid address; any other type in a
                // space is malformed.
                return end(r, cum, forWrite, cap.type.isMemory() || cap.type == CapType.NULL
                        ? FaultCode.INVALID_DATA_REFERENCE : FaultCode.MALFORMED_SPACE);
            }
            addr ^= guard(cap);
            switch (cap.type) {
                case PAGE, CAP_PAGE -> {
                    // spec §4.2: an offset beyond the page is an invalid address (the kernel relies on the
                    // page capability's l2g for the same check).
                    if (Long.compareUnsigned(addr, Page.SIZE) >= 0) {
                        return end(r, cum, forWrite, FaultCode.INVALID_DATA_REFERENCE);
                    }
                    record(r, TranslationResult.PAGE, cap.target, cap.restr, addr);
                    cum |= cap.restr;
                    r.pageIndex = cap.target;
                    r.capPage = cap.type == CapType.CAP_PAGE;
                    return end(r, cum, forWrite, null);
                }
                case LOCAL_WINDOW -> {
                    // Translation goes on through another slot of the last GPT traversed, at the window's offset.
                    addr |= cap.offset;
                    if (gpt < 0) {
                        // spec §4.3.1 calls every address invalid here; the kernel reports a malformed space.
                        return end(r, cum, forWrite, FaultCode.MALFORMED_SPACE);
                    }
                    Cap next = store.slot(gpt, cap.slot);
                    if (next.type.isWindow()) {
                        return end(r, cum, forWrite, FaultCode.MALFORMED_SPACE);
                    }
                    record(r, TranslationResult.WINDOW, gpt, cap.restr, addr);
                    cum |= cap.restr;
                    cap = next;
                    fromSlot = false;
                }
                case BACKGROUND_WINDOW -> {
                    addr |= cap.offset;
                    if (bgGpt < 0) {
                        // spec §4.3.1: "all addresses within the background window are invalid"; the kernel
                        // reports a malformed space.
                        return end(r, cum, forWrite, FaultCode.MALFORMED_SPACE);
                    }
                    Cap next = store.slot(bgGpt, Gpt.BACKGROUND_SLOT);
                    if (next.type.isWindow()) {
                        return end(r, cum, forWrite, FaultCode.MALFORMED_SPACE);
                    }
                    gpt = bgGpt;
                    record(r, TranslationResult.WINDOW, bgGpt, cap.restr, addr);
                    cum |= cap.restr;
                    cap = next;
                    fromSlot = false;
                }
                case NULL -> {
                    if (fromSlot) {
                        r.stopGpt = slotGpt;
                        r.stopSlot = slotIndex;
                        r.stopL2v = slotL2v;
                        r.stopOffset = addr;
                        r.stoppedAtNullSlot = true;
                    }
                    return end(r, cum, forWrite, FaultCode.INVALID_DATA_REFERENCE);
                }
                default -> {
                    // spec §4.3.1: an Entry or any non-memory capability on a translation path.
                    return end(r, cum, forWrite, FaultCode.MALFORMED_SPACE);
                }
            }
        }
        return end(r, cum, forWrite, FaultCode.MALFORMED_SPACE);
    }

    private int addressableSlots(int gpt) {
        return store.bg(gpt) ? Gpt.SLOTS / 2 : Gpt.SLOTS;
    }

    private static boolean guardMatches(Cap cap, long addr) {
        if (cap.l2g >= 64) {
            return cap.match == 0;
        }
        return (addr >>> cap.l2g) == cap.match;
    }

    private static long guard(Cap cap) {
        return cap.l2g >= 64 ? 0 : cap.match << cap.l2g;
    }

    private static void record(TranslationResult r, byte kind, int object, int restr, long remaining) {
        int i = r.count++;
        r.kind[i] = kind;
        r.object[i] = object;
        r.restr[i] = restr;
        r.remAddr[i] = remaining;
    }

    private static int end(TranslationResult r, int cum, boolean forWrite, FaultCode code) {
        r.restrictions = cum;
        if (forWrite && (cum & (Restrictions.RO | Restrictions.WK)) != 0) {
            return FaultCode.ACCESS_VIOLATION.code();
        }
        return code == null ? 0 : code.code();
    }

    private static int invalid(Access access) {
        return (access.isCapability() ? FaultCode.INVALID_CAP_REFERENCE : FaultCode.INVALID_DATA_REFERENCE).code();
    }
}
