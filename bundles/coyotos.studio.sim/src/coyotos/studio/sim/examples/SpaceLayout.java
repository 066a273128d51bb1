package coyotos.studio.sim.examples;

import coyotos.studio.sim.image.CapType;
import coyotos.studio.sim.image.Capability;
import coyotos.studio.sim.image.Gpt;
import coyotos.studio.sim.image.Page;
import coyotos.studio.sim.image.SystemImage;

/**
 * Builds a 32-bit address space out of GPTs in an image builder: a root GPT with l2v 30 (four 1 GiB slots,
 * the top one being the kernel's on IA-32) reached through a capability whose guard (match 0, l2g 32)
 * rejects addresses at or above 4 GiB, and page mappings that create intermediate GPTs as needed.
 */
public final class SpaceLayout {
    public static final int ROOT_L2V = 30;
    private final SystemImage.Builder b;
    private final String prefix;
    private final String rootId;
    private int gpts;

    public SpaceLayout(SystemImage.Builder builder, String prefix) {
        this.b = builder;
        this.prefix = prefix;
        this.rootId = prefix + ".root";
        b.gpt(Gpt.of(rootId, ROOT_L2V));
    }

    public String rootId() {
        return rootId;
    }

    /** The capability to give a process as its address space (§4.3.1: the guard bounds it to 4 GiB). */
    public Capability spaceCap() {
        return Capability.gpt(rootId).withGuard(0, 32);
    }

    /** Puts a capability directly into a root slot (e.g. a heap GPT). */
    public SpaceLayout rootSlot(int slot, Capability cap) {
        b.slot(rootId, slot, cap);
        return this;
    }

    /** Maps {@code pages} fresh pages from {@code start} (page aligned) with the given restrictions. */
    public SpaceLayout mapPages(long start, long pages, int restrictions) {
        for (long i = 0; i < pages; i++) {
            mapPage(start + i * Page.SIZE, restrictions);
        }
        return this;
    }

    private void mapPage(long va, int restrictions) {
        String gpt = rootId;
        long off = va;
        while (true) {
            Gpt g = b.gptDraft(gpt);
            int slot = (int) (off >>> g.l2v());
            off &= (1L << g.l2v()) - 1;
            Capability c = g.slot(slot);
            if (g.l2v() <= Page.L2_SIZE) {
                String pageId = prefix + ".page." + Long.toHexString(va);
                b.page(pageId);
                b.slot(gpt, slot, Capability.page(pageId).withRestrictions(restrictions));
                return;
            }
            if (c.type() == CapType.NULL) {
                String child = prefix + ".gpt" + (++gpts);
                b.gpt(Gpt.of(child, Math.max(Page.L2_SIZE, g.l2v() - 4)));
                c = Capability.gpt(child);
                b.slot(gpt, slot, c);
            }
            if (c.type() != CapType.GPT) {
                throw new IllegalStateException("slot " + slot + " of " + gpt + " already maps " + c);
            }
            if (c.l2g() < 64) {
                off &= (1L << c.l2g()) - 1;
            }
            gpt = c.target();
        }
    }
}
