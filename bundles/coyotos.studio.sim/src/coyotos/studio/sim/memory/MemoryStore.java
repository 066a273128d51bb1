package coyotos.studio.sim.memory;

import coyotos.studio.sim.image.Gpt;
import coyotos.studio.sim.image.SystemImage;
import java.util.Arrays;

/**
 * The mutable memory objects of a run: GPTs (image ones first, then those handlers allocate), the count of
 * pages and capability pages, and the bytes of the data pages something wrote ({@link PageContents}).
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
    private final PageContents contents = new PageContents();

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

    public PageContents contents() {
        return contents;
    }

    public String gptName(int gpt) {
        return gpt < imageGptIds.length ? imageGptIds[gpt] : "gpt#" + gpt;
    }
}
