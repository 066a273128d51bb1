package coyotos.studio.sim.memory;

import coyotos.studio.sim.image.Access;
import coyotos.studio.sim.image.CapType;
import coyotos.studio.sim.image.Gpt;
import coyotos.studio.sim.image.Page;
import coyotos.studio.sim.image.Restrictions;

/**
 * Software address translation through GPTs, as the kernel's memory walker does it (spec §4.3.1
 * "Address Translation"). Allocation-free: results go into a caller-owned {@link TranslationResult}.
 */
public final class GptWalk {
    /**
     * Traversal bound. The spec leaves cycle detection open; the kernel bounds the number of steps. 32 is
     * well above the deepest legal 64-bit tree (4-bit radix over 52 bits of page number is 13 levels)
     * plus windows, so only cyclic or absurd spaces hit it.
     */
    public static final int TRAVERSE_LIMIT = 32;

    private final MemoryStore store;

    public GptWalk(MemoryStore store) {
        this.store = store;
    }

    /** Translates {@code address} through {@code space}; returns the fault code (0 on success). */
    public int translate(Cap space, long address, Access access, TranslationResult r) {
        r.reset(address);
        long va = address;
        Cap cap = space;
        Cap background = null;
        int ar = 0;
        while (true) {
            if (++r.steps > TRAVERSE_LIMIT) {
                return fail(r, FaultCode.TRAVERSE_LIMIT, ar);
            }
            if (cap.type == CapType.NULL) {
                return fail(r, invalid(access), ar);
            }
            if (!cap.type.isMemory()) {
                // §4.3.1: an Entry or any non-memory capability on a translation path is a malformed space.
                return fail(r, FaultCode.MALFORMED_SPACE, ar);
            }
            // Step 1, guard: the bits above l2g must equal match; they are consumed.
            if (cap.l2g < 64) {
                if ((va >>> cap.l2g) != cap.match) {
                    return fail(r, invalid(access), ar);
                }
                va &= (1L << cap.l2g) - 1;
            }
            // Step 2: restrictions accumulate along the path.
            ar |= cap.restr;
            switch (cap.type) {
                case PAGE, CAP_PAGE -> {
                    if (Long.compareUnsigned(va, Page.SIZE) >= 0) {
                        return fail(r, invalid(access), ar);
                    }
                    r.pageIndex = cap.target;
                    r.capPage = cap.type == CapType.CAP_PAGE;
                    r.restrictions = ar;
                    return finish(r, access, ar);
                }
                case BACKGROUND_WINDOW -> {
                    // Redirects into the background space remembered from the innermost GPT with bg.
                    if (background == null) {
                        return fail(r, FaultCode.MALFORMED_SPACE, ar);
                    }
                    cap = background;
                }
                case GPT -> {
                    int g = cap.target;
                    r.path[r.pathLength++] = g;
                    if (store.bg(g)) {
                        background = store.slot(g, Gpt.BACKGROUND_SLOT);
                    }
                    if (store.ha(g)) {
                        Cap h = store.slot(g, Gpt.HANDLER_SLOT);
                        if (h.type == CapType.ENTRY) {
                            r.memoryHandler = h;
                            r.memoryHandlerGpt = g;
                        }
                    }
                    int l2v = store.l2v(g);
                    long slot = l2v >= 64 ? 0 : va >>> l2v;
                    if (slot >= Gpt.SLOTS) {
                        // l2v slot bound: the address names a slot beyond 15.
                        r.stopGpt = g;
                        return fail(r, invalid(access), ar);
                    }
                    long offset = l2v >= 64 ? va : va & ((1L << l2v) - 1);
                    Cap next = store.slot(g, (int) slot);
                    if (next.type == CapType.NULL) {
                        r.stopGpt = g;
                        r.stopSlot = (int) slot;
                        r.stopL2v = l2v;
                        r.stopOffset = offset;
                        r.stoppedAtNullSlot = true;
                        return fail(r, invalid(access), ar);
                    }
                    va = offset;
                    cap = next;
                }
                default -> {
                    return fail(r, FaultCode.MALFORMED_SPACE, ar);
                }
            }
        }
    }

    private static int finish(TranslationResult r, Access access, int ar) {
        if (access.isCapability() && !r.capPage) {
            return fail(r, FaultCode.CAP_ACCESS_TYPE_ERROR, ar);
        }
        if (!access.isCapability() && r.capPage) {
            return fail(r, FaultCode.DATA_ACCESS_TYPE_ERROR, ar);
        }
        if (access == Access.EXECUTE && (ar & Restrictions.NX) != 0) {
            return fail(r, FaultCode.NO_EXECUTE, ar);
        }
        if (access.isStore() && (ar & (Restrictions.RO | Restrictions.WK)) != 0) {
            return fail(r, FaultCode.ACCESS_VIOLATION, ar);
        }
        r.weakened = access == Access.CAP_READ && (ar & Restrictions.WK) != 0;
        return 0;
    }

    private static FaultCode invalid(Access access) {
        return access.isCapability() ? FaultCode.INVALID_CAP_REFERENCE : FaultCode.INVALID_DATA_REFERENCE;
    }

    private static int fail(TranslationResult r, FaultCode code, int ar) {
        r.restrictions = ar;
        r.faultCode = code.code();
        return r.faultCode;
    }
}
