package coyotos.studio.mkimage.internal.image;

import coyotos.studio.mkimage.internal.ast.Pos;

/** A guarded page table: l2v, the ha and bg bits and 16 slots (sys/obstore/GPT.h). */
public final class Gpt extends ImageObject {
    public static final int SLOTS = 16;
    public static final int SLOT_INDEX_BITS = 4;
    public int l2v = Cap.PAGE_L2V;
    public boolean ha;
    public boolean bg;
    public final Slots slots = new Slots(SLOTS);

    Gpt(long oid, Bank bank, Pos origin) {
        super(oid, bank, origin);
    }

    /** Bits of slot index in use: with ha or bg set only half of the slots translate (libcoyimage CiGPT::l2slots). */
    public int l2slots() {
        return ha || bg ? SLOT_INDEX_BITS - 1 : SLOT_INDEX_BITS;
    }

    public void copyFrom(Gpt other) {
        l2v = other.l2v;
        ha = other.ha;
        bg = other.bg;
        slots.copyFrom(other.slots);
    }

    @Override
    public String kind() {
        return "GPT";
    }
}
