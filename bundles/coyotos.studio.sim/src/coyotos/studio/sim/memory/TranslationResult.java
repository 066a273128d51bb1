package coyotos.studio.sim.memory;

/**
 * Outcome of one GPT walk. Mutable and reused by the walker so that translation allocates nothing; copy
 * what you need before the next walk ({@link #copyFrom}).
 */
public final class TranslationResult {
    /** Process.idl fault number, 0 when translation succeeded. */
    public int faultCode;
    public long va;
    /** Index of the page or cap page reached. */
    public int pageIndex = -1;
    public boolean capPage;
    /** Restrictions accumulated along the path (RO/NX/WK/OP). */
    public int restrictions;
    /** A capability read through a weak path comes back downgraded. */
    public boolean weakened;
    /** Innermost memory handler (slot 15 of a GPT with ha) seen on the path, or null. */
    public Cap memoryHandler;
    public int memoryHandlerGpt = -1;
    /** Where the walk stopped on a fault: GPT, slot, that slot's size (2^l2v) and the offset within it. */
    public int stopGpt = -1;
    public int stopSlot = -1;
    public int stopL2v;
    public long stopOffset;
    /** True when the walk stopped at an empty slot that a handler could fill. */
    public boolean stoppedAtNullSlot;
    /** GPTs traversed, outermost first. */
    public final int[] path = new int[GptWalk.TRAVERSE_LIMIT + 1];
    public int pathLength;
    public int steps;

    void reset(long address) {
        faultCode = 0;
        va = address;
        pageIndex = -1;
        capPage = false;
        restrictions = 0;
        weakened = false;
        memoryHandler = null;
        memoryHandlerGpt = -1;
        stopGpt = -1;
        stopSlot = -1;
        stopL2v = 0;
        stopOffset = 0;
        stoppedAtNullSlot = false;
        pathLength = 0;
        steps = 0;
    }

    public boolean ok() {
        return faultCode == 0;
    }

    public boolean pathContains(int gpt) {
        for (int i = 0; i < pathLength; i++) {
            if (path[i] == gpt) {
                return true;
            }
        }
        return false;
    }

    public void copyFrom(TranslationResult o) {
        faultCode = o.faultCode;
        va = o.va;
        pageIndex = o.pageIndex;
        capPage = o.capPage;
        restrictions = o.restrictions;
        weakened = o.weakened;
        memoryHandler = o.memoryHandler;
        memoryHandlerGpt = o.memoryHandlerGpt;
        stopGpt = o.stopGpt;
        stopSlot = o.stopSlot;
        stopL2v = o.stopL2v;
        stopOffset = o.stopOffset;
        stoppedAtNullSlot = o.stoppedAtNullSlot;
        System.arraycopy(o.path, 0, path, 0, o.pathLength);
        pathLength = o.pathLength;
        steps = o.steps;
    }

    public FaultCode fault() {
        return FaultCode.of(faultCode);
    }
}
