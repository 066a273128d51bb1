package coyotos.studio.sim.memory;

/**
 * Outcome of one memory walk, in the shape of the kernel's {@code MemWalkResults} (kerninc/MemWalk.h): one entry
 * per capability traversed, in traversal order, with the restrictions of that capability, whether it was a
 * window, and the address that remained after its guard was removed. Mutable and reused by the walker so that
 * translation allocates nothing; copy what you need before the next walk ({@link #copyFrom}).
 */
public final class TranslationResult {
    /** Entry kinds. */
    public static final byte GPT = 0, WINDOW = 1, PAGE = 2;

    /** Process.idl fault number, 0 when translation succeeded. */
    public int faultCode;
    /** The address the walk started with. */
    public long va;
    /** Index of the page or cap page reached. */
    public int pageIndex = -1;
    public boolean capPage;
    /** Restrictions accumulated along the path (kernel encoding: WK RO NX OP NC). */
    public int restrictions;
    /** A capability read through a weak path comes back downgraded. */
    public boolean weakened;
    /** Where the walk stopped at an empty GPT slot: GPT, slot, that slot's size (2^l2v) and the offset within it. */
    public int stopGpt = -1;
    public int stopSlot = -1;
    public int stopL2v;
    public long stopOffset;
    /** True when the walk stopped at an empty GPT slot that a handler could fill. */
    public boolean stoppedAtNullSlot;

    /** Entries, outermost first; at most {@link GptWalk#MEMWALK_MAX}. */
    public int count;
    public final byte[] kind = new byte[GptWalk.MEMWALK_MAX];
    /** GPT index (GPT entries; for a window, the GPT whose slot translation went through) or page index. */
    public final int[] object = new int[GptWalk.MEMWALK_MAX];
    /** Restrictions of the capability traversed. */
    public final int[] restr = new int[GptWalk.MEMWALK_MAX];
    /** The address left after that capability's guard was removed: for a GPT, the address relative to it. */
    public final long[] remAddr = new long[GptWalk.MEMWALK_MAX];
    /** Capabilities examined, including the one the walk failed on: what the kernel's walk costs. */
    public int steps;

    void reset(long address) {
        faultCode = 0;
        va = address;
        pageIndex = -1;
        capPage = false;
        restrictions = 0;
        weakened = false;
        stopGpt = -1;
        stopSlot = -1;
        stopL2v = 0;
        stopOffset = 0;
        stoppedAtNullSlot = false;
        count = 0;
        steps = 0;
    }

    public boolean ok() {
        return faultCode == 0;
    }

    public FaultCode fault() {
        return FaultCode.of(faultCode);
    }

    /** Whether the walk went through GPT {@code gpt} (as a GPT entry, not through a window). */
    public boolean pathContains(int gpt) {
        for (int i = 0; i < count; i++) {
            if (kind[i] == GPT && object[i] == gpt) {
                return true;
            }
        }
        return false;
    }

    /** Number of GPT entries. */
    public int gptCount() {
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (kind[i] == GPT) {
                n++;
            }
        }
        return n;
    }

    public void copyFrom(TranslationResult o) {
        faultCode = o.faultCode;
        va = o.va;
        pageIndex = o.pageIndex;
        capPage = o.capPage;
        restrictions = o.restrictions;
        weakened = o.weakened;
        stopGpt = o.stopGpt;
        stopSlot = o.stopSlot;
        stopL2v = o.stopL2v;
        stopOffset = o.stopOffset;
        stoppedAtNullSlot = o.stoppedAtNullSlot;
        count = o.count;
        steps = o.steps;
        System.arraycopy(o.kind, 0, kind, 0, o.count);
        System.arraycopy(o.object, 0, object, 0, o.count);
        System.arraycopy(o.restr, 0, restr, 0, o.count);
        System.arraycopy(o.remAddr, 0, remAddr, 0, o.count);
    }
}
