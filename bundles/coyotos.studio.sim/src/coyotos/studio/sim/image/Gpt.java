package coyotos.studio.sim.image;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A guarded page table (spec §4.3 "GPT"): 16 slots each naming 2^l2v bytes; {@code ha} makes slot 15 the
 * memory handler's entry capability, {@code bg} makes slot 14 the background space.
 */
public record Gpt(String id, int l2v, boolean ha, boolean bg, List<Capability> slots) {

    public static final int SLOTS = 16;
    public static final int HANDLER_SLOT = 15;
    public static final int BACKGROUND_SLOT = 14;

    public Gpt {
        Objects.requireNonNull(id, "id");
        if (l2v < 0 || l2v > 63) {
            throw new IllegalArgumentException("GPT " + id + ": l2v must be 0..63: " + l2v);
        }
        if (slots.size() != SLOTS) {
            throw new IllegalArgumentException("GPT " + id + " needs exactly 16 slots");
        }
        slots = List.copyOf(slots);
    }

    /** An empty GPT (all slots null). */
    public static Gpt of(String id, int l2v) {
        return new Gpt(id, l2v, false, false, Collections.nCopies(SLOTS, Capability.NULL));
    }

    public Capability slot(int i) {
        return slots.get(i);
    }

    public Gpt withSlot(int i, Capability cap) {
        List<Capability> s = new ArrayList<>(slots);
        s.set(i, Objects.requireNonNull(cap));
        return new Gpt(id, l2v, ha, bg, s);
    }

    /** Sets {@code ha} and puts the memory handler's entry capability in slot 15. */
    public Gpt withMemoryHandler(Capability entry) {
        return new Gpt(id, l2v, true, bg, slots).withSlot(HANDLER_SLOT, entry);
    }

    /** Sets {@code bg} and puts the background space in slot 14. */
    public Gpt withBackground(Capability space) {
        return new Gpt(id, l2v, ha, true, slots).withSlot(BACKGROUND_SLOT, space);
    }
}
