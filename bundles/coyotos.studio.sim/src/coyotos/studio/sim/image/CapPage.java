package coyotos.studio.sim.image;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A page of 16-byte capabilities (spec §4.2): 256 slots on IA-32. Data references into it fault with
 * DataAccessTypeError; programs load and store its slots with the CopyCap system call and capability transfer.
 * {@code slots} is empty (all Null) or holds exactly {@value #SLOTS} capabilities.
 */
public record CapPage(String id, List<Capability> slots) {
    /** Capabilities per capability page: 4096 / 16 (obstore/capability.h, a capability is 16 bytes). */
    public static final int SLOTS = Page.SIZE / 16;

    public CapPage {
        Objects.requireNonNull(id, "id");
        slots = slots == null ? List.of() : List.copyOf(slots);
        if (!slots.isEmpty() && slots.size() != SLOTS) {
            throw new IllegalArgumentException("cap page " + id + " needs no slots or exactly " + SLOTS);
        }
    }

    /** A capability page whose slots are all Null. */
    public CapPage(String id) {
        this(id, List.of());
    }

    /** A capability page with {@code caps} in slots 0.. and Null after them. */
    public static CapPage of(String id, List<Capability> caps) {
        if (caps.size() > SLOTS) {
            throw new IllegalArgumentException("cap page " + id + " holds at most " + SLOTS + " capabilities");
        }
        List<Capability> all = new ArrayList<>(caps);
        all.addAll(Collections.nCopies(SLOTS - caps.size(), Capability.NULL));
        return new CapPage(id, all);
    }

    public Capability slot(int i) {
        return slots.isEmpty() ? Capability.NULL : slots.get(i);
    }
}
