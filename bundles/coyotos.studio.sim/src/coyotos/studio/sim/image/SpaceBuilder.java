package coyotos.studio.sim.image;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Builds an address space out of pages the way mkimage does when a module places a page at an address
 * ({@code ccs/libcoyimage/CoySpace.cxx}: AddSubSpaceToSpace, traverse_to_slot, split_GPT, MakeGuardedSubSpace),
 * so a program loaded here has the GPT tree mkimage would have given it: a single page is just a guarded page
 * capability; a second page at a different address adds the smallest GPT whose slots tell the two apart, guarded
 * to where it sits; a page that does not fit an existing GPT raises that GPT's l2v or puts a new one above it.
 * Guards hold as many address bits as the kernel's 24-bit match field allows (CAP_MATCH_WIDTH); only when they
 * overflow is a GPT added to hold the rest.
 *
 * <p>Restrictions follow mkimage too: a page carries its own (RO for a page no segment writes, NX for one none
 * executes); a GPT made to reach a page gets the restrictions both its first children share, and every GPT the
 * insertion walks through loses a restriction the new page does not have.
 *
 * <p>Capabilities are values in the kernel, and the C code updates slots in place; here each slot and the space
 * itself is a mutable {@link Slot} object for the same reason. Nothing here follows windows or ha/bg GPTs: a
 * loaded program's space has neither.
 */
public final class SpaceBuilder {
    /** Bits of a guard's match field (obstore/capability.h CAP_MATCH_WIDTH). */
    static final int MATCH_WIDTH = 24;
    /** Slot index bits of a GPT (obstore/GPT.h GPT_SLOT_INDEX_BITS). */
    static final int SLOT_BITS = 4;
    private static final int ADDRESS_BITS = 64;
    private static final long MATCH_MASK = (1L << MATCH_WIDTH) - 1;

    /** A GPT under construction: its l2v and sixteen slots (mkimage's CiGPT starts at page size). */
    static final class Node {
        final String id;
        int l2v = Page.L2_SIZE;
        final Slot[] slots = new Slot[Gpt.SLOTS];

        Node(String id) {
            this.id = id;
            for (int i = 0; i < slots.length; i++) {
                slots[i] = new Slot();
            }
        }
    }

    /** A capability under construction: Null, a page (by id) or a GPT (a node), with restrictions and guard. */
    static final class Slot {
        CapType type = CapType.NULL;
        Node gpt;
        String page;
        int restr;
        long match;
        int l2g;

        Slot copy() {
            Slot s = new Slot();
            s.set(this);
            return s;
        }

        void set(Slot o) {
            type = o.type;
            gpt = o.gpt;
            page = o.page;
            restr = o.restr;
            match = o.match;
            l2g = o.l2g;
        }

        boolean isNull() {
            return type == CapType.NULL;
        }
    }

    private record Position(Slot slot, long offset) {
    }

    private final String idPrefix;
    private final Slot space = new Slot();
    private final List<Node> nodes = new ArrayList<>();

    /** GPTs get the ids {@code idPrefix + "gpt" + n}, in the order they are made. */
    public SpaceBuilder(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    /**
     * Places page {@code pageId} at {@code address} (page aligned) with restrictions {@code restr} (kernel
     * encoding), as AddSubSpaceToSpace does with a page capability.
     */
    public void addPage(long address, String pageId, int restr) {
        if ((address & (Page.SIZE - 1)) != 0) {
            throw new IllegalArgumentException("page address 0x" + Long.toHexString(address) + " is not page aligned");
        }
        Slot page = new Slot();
        page.type = CapType.PAGE;
        page.page = pageId;
        page.restr = restr;
        // mkimage's fresh memory capabilities are guarded at page size with match 0 (CoyImage::CiCap).
        page.l2g = Page.L2_SIZE;
        int l2arg = page.l2g;
        Position at = traverse(space, address, l2arg, page.restr & ~Restrictions.OP);
        at.slot().set(guarded(page, at.offset(), l2arg));
    }

    /** The space built so far, as a capability; Null when nothing was added. */
    public Capability space() {
        return capability(space);
    }

    /** Every GPT made, in the order made, with slots as capabilities. */
    public List<Gpt> gpts() {
        List<Gpt> out = new ArrayList<>();
        for (Node n : nodes) {
            List<Capability> slots = new ArrayList<>(Collections.nCopies(Gpt.SLOTS, Capability.NULL));
            for (int i = 0; i < Gpt.SLOTS; i++) {
                slots.set(i, capability(n.slots[i]));
            }
            out.add(new Gpt(n.id, n.l2v, false, false, slots));
        }
        return out;
    }

    private static Capability capability(Slot s) {
        return switch (s.type) {
            case NULL -> Capability.NULL;
            case PAGE -> new Capability(CapType.PAGE, s.page, s.restr, s.match, s.l2g, 0);
            case GPT -> new Capability(CapType.GPT, s.gpt.id, s.restr, s.match, s.l2g, 0);
            default -> throw new IllegalStateException("a built space holds only pages and GPTs");
        };
    }

    private Node newGpt() {
        Node n = new Node(idPrefix + "gpt" + nodes.size());
        nodes.add(n);
        return n;
    }

    private static Slot gptCapability(Node n) {
        Slot s = new Slot();
        s.type = CapType.GPT;
        s.gpt = n;
        s.l2g = Page.L2_SIZE;
        return s;
    }

    /**
     * MakeGuardedSubSpace: a copy of {@code spc} guarded to sit at {@code offset} in a space of 2^l2arg bytes
     * slots ({@code l2arg} 0: the capability's own l2g). The guard takes the offset's bits up to its 24-bit match
     * field; when that overflows, a GPT above it takes the rest, and so on.
     */
    private Slot guarded(Slot original, long offset, int l2arg) {
        Slot spc = original.copy();
        if (spc.isNull()) {
            return spc;
        }
        spc.match = 0;
        int l2size = l2arg != 0 ? l2arg : spc.l2g;
        if (lowBits(offset, l2size) != 0) {
            throw new IllegalArgumentException("offset 0x" + Long.toHexString(offset) + " is not aligned to 2^" + l2size);
        }
        if (spc.l2g > l2size) {
            spc.l2g = l2size;
        }
        while (offset != 0) {
            int l2g = spc.l2g;
            spc.match = (offset >>> l2g) & MATCH_MASK;
            offset &= ~(spc.match << l2g);
            if (offset == 0) {
                break;
            }
            // The guard overflowed: a GPT above holds the capability in the slot the next offset bits name.
            Node n = newGpt();
            Slot wider = gptCapability(n);
            wider.restr = spc.restr & ~Restrictions.OP;
            n.l2v = l2g + MATCH_WIDTH;
            int widerL2g = Math.min(n.l2v + SLOT_BITS, ADDRESS_BITS);
            wider.l2g = widerL2g;
            int index = (int) lowBits(offset >>> n.l2v, widerL2g - n.l2v);
            n.slots[index].set(spc);
            offset = highBits(offset, widerL2g);
            spc = wider;
        }
        return spc;
    }

    /**
     * traverse_to_slot: finds (making GPTs where needed) the slot of at least 2^l2arg bytes at {@code offset} in
     * {@code space}, and the offset left within it; clears on the way the restrictions {@code restr} lacks.
     */
    private Position traverse(Slot space, long offset, int l2arg, int restr) {
        if (space.isNull()) {
            return new Position(space, offset);
        }
        int l2s = Math.max(l2arg, space.l2g);
        long guard = guardOf(space);
        long mismatch = highBits(offset ^ guard, l2s);
        if (mismatch != 0) {
            // The space sits elsewhere: a new GPT above it tells the two apart, its slots a multiple of four
            // bits above the space's own size.
            int baseL2 = space.l2g;
            int wantedL2g = baseL2 + roundUp(l2offset(mismatch) - baseL2, SLOT_BITS);
            int newL2g = Math.min(wantedL2g, ADDRESS_BITS);
            int newL2v = Math.max(newL2g - SLOT_BITS, l2s);
            Node n = newGpt();
            Slot above = gptCapability(n);
            above.restr = restr & (space.restr | Restrictions.OP);
            above.l2g = newL2g;
            n.l2v = newL2v;
            int slotBits = newL2g - newL2v;
            int spaceSlot = (int) lowBits(guard >>> newL2v, slotBits);
            int argSlot = (int) lowBits(offset >>> newL2v, slotBits);
            long aboveGuard = highBits(guard, newL2g);
            long spaceGuard = lowBits(guard, newL2v);
            space.match = 0;
            n.slots[spaceSlot].set(guarded(space, spaceGuard, 0));
            space.set(guarded(above, aboveGuard, 0));
            return new Position(n.slots[argSlot], lowBits(offset, newL2v));
        }
        if (space.l2g <= l2arg) {
            return new Position(space, offset);
        }
        offset = lowBits(offset, space.l2g);
        if (space.type != CapType.GPT) {
            throw new IllegalArgumentException("0x" + Long.toHexString(offset) + " lies inside a page already placed");
        }
        Node n = space.gpt;
        split(n, offset, l2arg);
        int argSlot = (int) (offset >>> n.l2v);
        Position found = n.l2v == l2arg ? new Position(n.slots[argSlot], lowBits(offset, l2arg))
                : traverse(n.slots[argSlot], lowBits(offset, n.l2v), l2arg, restr);
        space.restr &= restr | Restrictions.OP;
        return found;
    }

    /**
     * split_GPT: raises the l2v of {@code n} so that a slot of 2^l2arg bytes at {@code offset} exists, keeping
     * the space it describes: each new slot takes what its old slots held, as a guarded capability when only one
     * was filled, else through a new GPT with the old l2v.
     */
    private void split(Node n, long offset, int l2arg) {
        int l2v = n.l2v;
        int l2vPlusSlots = l2v + SLOT_BITS;
        if (l2v >= l2arg && highBits(offset, l2vPlusSlots) == 0) {
            return;
        }
        int newL2v;
        if (highBits(offset, l2vPlusSlots) != 0) {
            int wanted = l2v + roundUp(l2offset(offset) - l2v, SLOT_BITS);
            newL2v = Math.max(Math.min(wanted, ADDRESS_BITS) - SLOT_BITS, l2arg);
        } else {
            newL2v = l2arg;
        }
        Slot[] made = new Slot[Gpt.SLOTS];
        for (int j = 0; j < Gpt.SLOTS; j++) {
            made[j] = new Slot();
            long slotOffset = shiftUp(j, newL2v);
            if (shiftDown(slotOffset, newL2v) != j || highBits(slotOffset, l2vPlusSlots) != 0) {
                continue;
            }
            int span = (int) Math.min(Gpt.SLOTS, shiftDown(shiftUp(1, newL2v), l2v));
            int base = (int) shiftDown(slotOffset, l2v);
            int count = 0;
            int last = 0;
            for (int k = 0; k < span; k++) {
                if (!n.slots[base + k].isNull()) {
                    count++;
                    last = k;
                }
            }
            if (count == 0) {
                continue;
            }
            Slot only = n.slots[base + last];
            if (count == 1 && highBits(guardOf(only), l2v) == 0) {
                made[j] = guarded(only, guardOf(only) | shiftUp(last, l2v), Math.min(l2v, only.l2g));
                continue;
            }
            Node inner = newGpt();
            Slot innerCap = gptCapability(inner);
            inner.l2v = l2v;
            innerCap.l2g = Math.min(l2v + SLOT_BITS, ADDRESS_BITS);
            for (int k = 0; k < span; k++) {
                Slot cur = n.slots[base + k];
                if (!cur.isNull()) {
                    innerCap.restr &= cur.restr | Restrictions.OP;
                }
                inner.slots[k].set(cur);
            }
            made[j] = innerCap;
        }
        for (int j = 0; j < Gpt.SLOTS; j++) {
            n.slots[j].set(made[j]);
        }
        n.l2v = newL2v;
    }

    private static long guardOf(Slot s) {
        return s.isNull() || s.l2g >= ADDRESS_BITS ? 0 : s.match << s.l2g;
    }

    /** The smallest size (log2, at least a page) whose span exceeds {@code offset}: CoyImage::l2offset. */
    static int l2offset(long offset) {
        int sz = 0;
        while (sz < ADDRESS_BITS && Long.compareUnsigned(1L << sz, offset) <= 0) {
            sz++;
        }
        return Math.max(sz, Page.L2_SIZE);
    }

    private static int roundUp(int a, int b) {
        return (a + b - 1) / b * b;
    }

    private static long lowBits(long v, int bit) {
        return bit >= ADDRESS_BITS ? v : v & ((1L << bit) - 1);
    }

    private static long highBits(long v, int bit) {
        return bit >= ADDRESS_BITS ? 0 : v & ~((1L << bit) - 1);
    }

    private static long shiftUp(long v, int bit) {
        return bit >= ADDRESS_BITS ? 0 : v << bit;
    }

    private static long shiftDown(long v, int bit) {
        return bit >= ADDRESS_BITS ? 0 : v >>> bit;
    }
}
