package coyotos.studio.model.validation;

import coyotos.studio.model.CapPage;
import coyotos.studio.model.Capability;
import coyotos.studio.model.EntryCapability;
import coyotos.studio.model.FaultCode;
import coyotos.studio.model.Gpt;
import coyotos.studio.model.LocalWindowCapability;
import coyotos.studio.model.MemoryCapability;
import coyotos.studio.model.MemoryObject;
import coyotos.studio.model.Page;
import coyotos.studio.model.WindowCapability;

/**
 * Translates one virtual address the way the 2007 kernel walks it ({@code kern_MemWalk.c}, spec §4.3.1
 * "Translation Algorithm"): guard check, restriction accumulation, GPT slot selection (only half the slots with
 * bg, kerninc/GPT.h), windows, and the memory handler the fault would go to (the innermost GPT with ha above any
 * no-call capability, kern_Process.c). A plain reimplementation for validation; the simulator has its own walker.
 */
public final class SpaceWalker {

    /** The kernel's bound on a walk ({@code MEMWALK_MAX}, kerninc/MemWalk.h): beyond it the space is malformed. */
    public static final int MEMWALK_MAX = 32;

    /**
     * The result of a walk.
     *
     * @param leaf          the Page or CapPage reached, or null
     * @param fault         null when translation succeeds, else the fault code
     * @param readOnly      RO seen on the path
     * @param noExecute     NX seen on the path
     * @param weak          WK seen on the path
     * @param memoryHandler entry capability in slot 15 of the innermost GPT with ha on the path, or null
     */
    public record Walk(MemoryObject leaf, FaultCode fault, boolean readOnly, boolean noExecute, boolean weak,
            EntryCapability memoryHandler) {
    }

    private final ModelIndex index;

    SpaceWalker(ModelIndex index) {
        this.index = index;
    }

    public Walk walk(Capability space, long va) {
        boolean ro = false;
        boolean nx = false;
        boolean wk = false;
        boolean callable = true;
        EntryCapability handler = null;
        Gpt last = null;
        Gpt background = null;
        Capability cap = space;
        for (int step = 0; step < MEMWALK_MAX; step++) {
            if (ModelIndex.isEmpty(cap)) {
                return new Walk(null, FaultCode.INVALID_DATA_REFERENCE, ro, nx, wk, handler);
            }
            if (!(cap instanceof MemoryCapability mc)) {
                return new Walk(null, FaultCode.MALFORMED_SPACE, ro, nx, wk, handler);
            }
            int l2g = mc.getL2g();
            if (l2g >= 64) {
                if (mc.getMatch() != 0) {
                    return new Walk(null, FaultCode.INVALID_DATA_REFERENCE, ro, nx, wk, handler);
                }
            } else if (l2g >= 0) {
                if ((va >>> l2g) != mc.getMatch()) {
                    return new Walk(null, FaultCode.INVALID_DATA_REFERENCE, ro, nx, wk, handler);
                }
                va &= (1L << l2g) - 1;
            }
            ro |= mc.isReadOnly();
            nx |= mc.isNoExecute();
            wk |= mc.isWeak();
            callable &= !mc.isNoCall();
            if (mc instanceof WindowCapability w) {
                // Background window: on through slot 14 of the innermost bg GPT, at its offset.
                if (background == null) {
                    return new Walk(null, FaultCode.MALFORMED_SPACE, ro, nx, wk, handler);
                }
                va |= w.getOffset();
                last = background;
                cap = index.slot(background, 14);
                if (cap instanceof WindowCapability || cap instanceof LocalWindowCapability) {
                    return new Walk(null, FaultCode.MALFORMED_SPACE, ro, nx, wk, handler);
                }
                continue;
            }
            if (mc instanceof LocalWindowCapability w) {
                if (last == null || w.getSlot() < 0 || w.getSlot() > 15) {
                    return new Walk(null, FaultCode.MALFORMED_SPACE, ro, nx, wk, handler);
                }
                va |= w.getOffset();
                cap = index.slot(last, w.getSlot());
                if (cap instanceof WindowCapability || cap instanceof LocalWindowCapability) {
                    return new Walk(null, FaultCode.MALFORMED_SPACE, ro, nx, wk, handler);
                }
                continue;
            }
            MemoryObject target = mc.getTargetObject();
            if (target == null || target.eIsProxy()) {
                return new Walk(null, FaultCode.INVALID_DATA_REFERENCE, ro, nx, wk, handler);
            }
            if (target instanceof Page || target instanceof CapPage) {
                if (Long.compareUnsigned(va, ModelIndex.PAGE_SIZE) >= 0) {
                    return new Walk(null, FaultCode.INVALID_DATA_REFERENCE, ro, nx, wk, handler);
                }
                return new Walk(target, null, ro, nx, wk, handler);
            }
            Gpt g = (Gpt) target;
            int l2v = g.getL2v();
            if (l2v < 0 || l2v >= 64) {
                return new Walk(null, FaultCode.MALFORMED_SPACE, ro, nx, wk, handler);
            }
            long u = va >>> l2v;
            if (Long.compareUnsigned(u, SpaceAnalysis.addressableSlots(g)) >= 0) {
                return new Walk(null, FaultCode.INVALID_DATA_REFERENCE, ro, nx, wk, handler);
            }
            if (g.isBg()) {
                background = g;
            }
            if (callable && g.isHa() && index.slot(g, 15) instanceof EntryCapability e) {
                handler = e;
            }
            last = g;
            va &= (1L << l2v) - 1;
            cap = index.slot(g, (int) u);
        }
        return new Walk(null, FaultCode.MALFORMED_SPACE, ro, nx, wk, handler);
    }
}
