package coyotos.studio.diagram.internal.handler;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import coyotos.studio.model.Slot;

/** Which slot numbers are taken, and the first free one. */
final class FreeSlots {

    /** A GPT has 16 capability slots (spec 0.6, 4.3); a 4 KiB capability page holds 256 capabilities. */
    static final int GPT_SLOTS = 16;
    static final int CAP_PAGE_SLOTS = 256;

    static int first(List<? extends Slot> slots, int from, int count) {
        Set<Integer> taken = slots.stream().map(Slot::getIndex).collect(Collectors.toSet());
        for (int i = from; i < count; i++) {
            if (!taken.contains(i)) {
                return i;
            }
        }
        return -1;
    }

    static int count(Object holder) {
        return holder instanceof coyotos.studio.model.CapPage ? CAP_PAGE_SLOTS : GPT_SLOTS;
    }

    private FreeSlots() {
    }
}
