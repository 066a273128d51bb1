package coyotos.studio.sim.memory;

import coyotos.studio.sim.image.CapPage;
import coyotos.studio.sim.image.Gpt;
import coyotos.studio.sim.image.Page;
import coyotos.studio.sim.image.SystemImage;
import java.util.Arrays;

/**
 * The mutable memory objects of a run: GPTs (image ones first, then those handlers allocate), pages and
 * capability pages. A page's contents exist once something reads or writes them (a program's instructions, the
 * kernel copying a message); until then the page is zero, or what the image says. The contents are shared by every
 * mapping of the page, in every space: one page, one {@code byte[4096]}. Capability pages hold their 256 slots the
 * same way. The image's own contents are copied, so a run never changes its input.
 */
public final class MemoryStore {
    private int gptCount;
    private int[] l2v = new int[64];
    private boolean[] ha = new boolean[64];
    private boolean[] bg = new boolean[64];
    private Cap[] slots = new Cap[64 * Gpt.SLOTS];
    private final String[] imageGptIds;
    private int pageCount;
    private final int imagePages;
    private final int capPageCount;
    /** Contents by page index; null until first used. */
    private byte[][] pageData;
    private final byte[][] imageContents;
    /** Slots by capability page index; null until first used. */
    private final Cap[][] capSlots;

    public MemoryStore(SystemImage image, ObjectIndex index) {
        imageGptIds = image.gpts().stream().map(Gpt::id).toArray(String[]::new);
        for (Gpt g : image.gpts()) {
            int i = newGpt(g.l2v());
            ha[i] = g.ha();
            bg[i] = g.bg();
            for (int s = 0; s < Gpt.SLOTS; s++) {
                slots[i * Gpt.SLOTS + s] = index.resolve(g.slot(s));
            }
        }
        pageCount = image.pages().size();
        imagePages = pageCount;
        capPageCount = image.capPages().size();
        pageData = new byte[Math.max(16, pageCount)][];
        imageContents = new byte[pageCount][];
        for (int i = 0; i < pageCount; i++) {
            imageContents[i] = image.pages().get(i).contents();
        }
        capSlots = new Cap[capPageCount][];
        for (int i = 0; i < capPageCount; i++) {
            CapPage cp = image.capPages().get(i);
            if (!cp.slots().isEmpty()) {
                Cap[] slots = new Cap[CapPage.SLOTS];
                for (int s = 0; s < slots.length; s++) {
                    slots[s] = index.resolve(cp.slot(s));
                }
                capSlots[i] = slots;
            }
        }
    }

    /** The bytes of page {@code page}: made (zero, or the image's contents) the first time they are asked for. */
    public byte[] pageData(int page) {
        if (page < 0 || page >= pageCount) {
            throw new IndexOutOfBoundsException("page " + page + " of " + pageCount);
        }
        if (page >= pageData.length) {
            pageData = Arrays.copyOf(pageData, Math.max(page + 1, pageData.length * 2));
        }
        byte[] d = pageData[page];
        if (d == null) {
            d = new byte[Page.SIZE];
            byte[] initial = page < imageContents.length ? imageContents[page] : null;
            if (initial != null) {
                System.arraycopy(initial, 0, d, 0, initial.length);
            }
            pageData[page] = d;
        }
        return d;
    }

    /** Slot {@code slot} (0-255) of capability page {@code capPage}. */
    public Cap capSlot(int capPage, int slot) {
        Cap[] slots = capSlots[capPage];
        return slots == null ? Cap.NULL : slots[slot];
    }

    public void setCapSlot(int capPage, int slot, Cap cap) {
        if (capSlots[capPage] == null) {
            capSlots[capPage] = new Cap[CapPage.SLOTS];
            Arrays.fill(capSlots[capPage], Cap.NULL);
        }
        capSlots[capPage][slot] = cap;
    }

    /** Allocates an empty GPT; returns its index. */
    public int newGpt(int log2v) {
        if (gptCount == l2v.length) {
            int n = l2v.length * 2;
            l2v = Arrays.copyOf(l2v, n);
            ha = Arrays.copyOf(ha, n);
            bg = Arrays.copyOf(bg, n);
            slots = Arrays.copyOf(slots, n * Gpt.SLOTS);
        }
        int i = gptCount++;
        l2v[i] = log2v;
        Arrays.fill(slots, i * Gpt.SLOTS, (i + 1) * Gpt.SLOTS, Cap.NULL);
        return i;
    }

    public int newPage() {
        return pageCount++;
    }

    public int gptCount() { return gptCount; }
    public int imageGptCount() { return imageGptIds.length; }
    public int pageCount() { return pageCount; }
    public int allocatedPages() { return pageCount - imagePages; }
    public int capPageCount() { return capPageCount; }
    public int l2v(int gpt) { return l2v[gpt]; }
    public boolean ha(int gpt) { return ha[gpt]; }
    public boolean bg(int gpt) { return bg[gpt]; }

    public Cap slot(int gpt, int slot) {
        return slots[gpt * Gpt.SLOTS + slot];
    }

    public void setSlot(int gpt, int slot, Cap cap) {
        slots[gpt * Gpt.SLOTS + slot] = cap;
    }

    public String gptName(int gpt) {
        return gpt < imageGptIds.length ? imageGptIds[gpt] : "gpt#" + gpt;
    }
}
