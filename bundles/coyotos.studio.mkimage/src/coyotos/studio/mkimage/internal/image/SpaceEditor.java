package coyotos.studio.mkimage.internal.image;

import coyotos.studio.mkimage.internal.ast.Pos;

/**
 * Builds address spaces the way mkimage does (libcoyimage CoySpace.cxx), so that an imported image has the GPTs
 * mkimage would have made: {@link #insert} (insert_subspace, loadimage, readfile) places a subspace at an offset,
 * growing the space with new GPTs where the guard cannot express the offset and splitting GPTs whose slots are too
 * large; {@link #guarded} (guarded_space) moves an offset into guards, adding GPTs above when 24 bits of guard are not
 * enough; {@link #leaf} (lookup_addr) walks a space to the page holding an address. The rights of the inserted
 * subspace are cleared along its path, as CoySpace.cxx does, so that a writable page stays writable.
 */
public final class SpaceEditor {
    private static final int SLOT_BITS = Gpt.SLOT_INDEX_BITS;

    /** What mkimage refuses (CoySpace.cxx throws, or asserts). */
    public static final class SpaceException extends Exception {
        public SpaceException(String message) {
            super(message, null, false, false);
        }
    }

    /** A capability slot to read and replace. */
    private interface Ref {
        Cap get();

        void set(Cap cap);
    }

    private record Found(Ref slot, long offset) {
    }

    /** The leaf a walk ends at (a null capability when nothing is mapped), the offset in it and the rights met. */
    public record Leaf(Cap cap, long offset, int restr) {
    }

    private final Image image;
    private final Pos at;

    /** New GPTs are allocated in {@code image} and attributed to the statement at {@code at}. */
    public SpaceEditor(Image image, Pos at) {
        this.image = image;
        this.at = at;
    }

    /** insert_subspace: {@code space} with {@code sub} placed at {@code where}, as if {@code l2arg} bits large (0: its own size). */
    public Cap insert(Bank bank, Cap space, long where, Cap sub, int l2arg) throws SpaceException {
        if (!sub.type().isMemory() && !sub.isNull()) {
            throw new SpaceException("the subspace is a " + sub.type().mkimageName + " capability, not a memory object");
        }
        if (l2arg == 0) {
            l2arg = sub.isNull() ? Cap.PAGE_L2V : sub.l2g();
        }
        // a null subspace allows nothing; otherwise the path keeps no more restriction than the subspace has
        int restr = sub.isNull() ? Restr.RO | Restr.NX | Restr.WK : sub.restr() & ~Restr.OP;
        Cap[] root = {space};
        Ref rootRef = new Ref() {
            @Override
            public Cap get() {
                return root[0];
            }

            @Override
            public void set(Cap cap) {
                root[0] = cap;
            }
        };
        Found f = traverse(bank, rootRef, where, l2arg, restr);
        f.slot().set(guarded(bank, sub, f.offset(), l2arg));
        return root[0];
    }

    /** guarded_space: {@code spc} (unguarded) made to appear at {@code offset}, {@code l2arg} bits large (0: as it is). */
    public Cap guarded(Bank bank, Cap spc, long offset, int l2arg) throws SpaceException {
        if (spc.isNull()) {
            return spc;
        }
        if (!spc.type().isMemory()) {
            throw new SpaceException("the space is a " + spc.type().mkimageName + " capability, not a memory object");
        }
        if (l2arg != 0 && l2arg < Cap.PAGE_L2V) {
            throw new SpaceException("l2arg " + l2arg + " is smaller than a page (" + Cap.PAGE_L2V + ")");
        }
        spc = spc.withGuard(spc.l2g(), 0);
        int l2size = l2arg != 0 ? l2arg : spc.l2g();
        if (Bits.low(offset, l2size) != 0) {
            throw new SpaceException("offset " + Bits.hex(offset) + " is not a multiple of 2^" + l2size);
        }
        if (spc.l2g() > l2size) {
            spc = spc.withGuard(l2size, 0);
        }
        while (offset != 0) {
            int l2g = spc.l2g();
            // the guard holds 24 bits of the offset; what does not fit goes into a GPT above
            long match = (offset >>> l2g) & ((1L << Cap.MATCH_BITS) - 1);
            spc = spc.withGuard(l2g, match);
            offset &= ~(match << l2g);
            if (offset == 0) {
                break;
            }
            Gpt g = image.newGpt(bank, at);
            g.l2v = l2g + Cap.MATCH_BITS;
            int newL2g = Math.min(g.l2v + SLOT_BITS, 64);
            Cap above = Cap.of(CapType.GPT, g).withRestr(spc.restr() & ~Restr.OP).withGuard(newL2g, 0);
            int ndx = (int) Bits.low(offset >>> g.l2v, newL2g - g.l2v);
            g.slots.set(ndx, spc, at);
            offset = Bits.high(offset, newL2g);
            spc = above;
        }
        return spc;
    }

    /** lookup_addr: the leaf at {@code where} in {@code start}. */
    public static Leaf leaf(Cap start, long where) throws SpaceException {
        Cap cur = start;
        int restr = 0;
        while (true) {
            if (cur.isNull()) {
                return new Leaf(Cap.NULL, 0, restr);
            }
            if (!cur.type().isMemory()) {
                throw new SpaceException("the walk met a " + cur.type().mkimageName + " capability, which is not a memory capability");
            }
            if (cur.type().isWindow()) {
                throw new SpaceException("the walk met a window, which mkimage cannot look through");
            }
            if (Bits.shiftDown(where, cur.l2g()) != cur.match()) {
                return new Leaf(Cap.NULL, 0, restr);
            }
            where = Bits.low(where, cur.l2g());
            restr |= cur.restr() & ~Restr.OP;
            if ((restr & Restr.WK) != 0) {
                restr |= Restr.RO;
            }
            if (cur.target() instanceof Gpt g) {
                long slot = Bits.shiftDown(where, g.l2v);
                if (slot >= (1L << g.l2slots())) {
                    return new Leaf(Cap.NULL, 0, restr);
                }
                where = Bits.low(where, g.l2v);
                cur = g.slots.get((int) slot);
                continue;
            }
            return new Leaf(cur, where, restr);
        }
    }

    /** The slot at which a subspace of 2^l2arg bytes at {@code offset} goes (CoySpace.cxx traverse_to_slot). */
    private Found traverse(Bank bank, Ref space, long offset, int l2arg, int restr) throws SpaceException {
        if (l2arg < Cap.PAGE_L2V || l2arg > 64) {
            throw new SpaceException("l2arg " + l2arg + " is outside " + Cap.PAGE_L2V + "..64");
        }
        if (Bits.low(offset, l2arg) != 0) {
            throw new SpaceException("offset " + Bits.hex(offset) + " is not a multiple of 2^" + l2arg);
        }
        Cap sp = space.get();
        if (sp.isNull()) {
            return new Found(space, offset);
        }
        if (!sp.type().isMemory()) {
            throw new SpaceException("the space holds a " + sp.type().mkimageName + " capability, not a memory object");
        }
        int l2s = Math.max(l2arg, sp.l2g());
        long guard = sp.guard();
        long mismatch = Bits.high(offset ^ guard, l2s);
        if (mismatch != 0) {
            // the space's guard excludes the offset: put a GPT above both, at the bit where they differ
            int baseL2 = sp.l2g();
            int newL2g = Math.min(baseL2 + Bits.roundUp(Bits.l2offset(mismatch) - baseL2, SLOT_BITS), 64);
            int newL2v = Math.max(newL2g - SLOT_BITS, l2s);
            Gpt g = image.newGpt(bank, at);
            g.l2v = newL2v;
            Cap gcap = Cap.of(CapType.GPT, g).withRestr(restr & (sp.restr() | Restr.OP)).withGuard(newL2g, 0);
            int slotBits = newL2g - newL2v;
            int spaceSlot = (int) Bits.low(guard >>> newL2v, slotBits);
            int argSlot = (int) Bits.low(offset >>> newL2v, slotBits);
            if (spaceSlot == argSlot) {
                throw new SpaceException("cannot place " + Bits.hex(offset) + " beside the existing space (mkimage asserts here)");
            }
            long newGuard = Bits.high(guard, newL2g);
            guard = Bits.low(guard, newL2v);
            offset = Bits.low(offset, newL2v);
            g.slots.set(spaceSlot, guarded(bank, sp.withGuard(sp.l2g(), 0), guard, 0), at);
            space.set(guarded(bank, gcap, newGuard, 0));
            return new Found(slotRef(g, argSlot), offset);
        }
        if (sp.l2g() <= l2arg) {
            return new Found(space, offset); // the subspace replaces the whole space
        }
        offset = Bits.low(offset, sp.l2g());
        if (sp.type().isWindow()) {
            throw new SpaceException("mkimage cannot insert through a window");
        }
        if (!(sp.target() instanceof Gpt g)) {
            throw new SpaceException("the slot at " + Bits.hex(offset) + " holds a " + sp.type().mkimageName
                    + " capability larger than the subspace; only a GPT can be entered");
        }
        split(bank, g, offset, l2arg);
        int argSlot = (int) (offset >>> g.l2v);
        if (g.l2v == l2arg) {
            space.set(sp.withRestr(sp.restr() & (restr | Restr.OP)));
            g.changedAt(at);
            return new Found(slotRef(g, argSlot), Bits.low(offset, l2arg));
        }
        Found f = traverse(bank, slotRef(g, argSlot), Bits.low(offset, g.l2v), l2arg, restr);
        space.set(sp.withRestr(sp.restr() & (restr | Restr.OP)));
        return f;
    }

    /**
     * Raises {@code g}'s l2v so that a slot of at least 2^l2arg bytes exists at {@code offset}, moving its present
     * slots one level down (into new GPTs, or into the guard when a slot range holds a single memory capability).
     * The space seen through {@code g} does not change (CoySpace.cxx split_GPT).
     */
    private void split(Bank bank, Gpt g, long offset, int l2arg) throws SpaceException {
        int l2slots = g.l2slots();
        int l2v = g.l2v;
        int l2vpslot = l2v + l2slots;
        if (l2v >= l2arg && Bits.high(offset, l2vpslot) == 0) {
            return;
        }
        int newL2v;
        if (Bits.high(offset, l2vpslot) != 0) {
            int newL2vpslot = Math.min(l2v + Bits.roundUp(Bits.l2offset(offset) - l2v, SLOT_BITS), 64);
            newL2v = Math.max(newL2vpslot - l2slots, l2arg);
        } else {
            newL2v = l2arg;
        }
        if (newL2v <= l2v) {
            throw new SpaceException("cannot make room at " + Bits.hex(offset) + " in GPT " + g.oid() + " (mkimage asserts here)");
        }
        int slotMax = 1 << l2slots;
        Cap[] caps = new Cap[slotMax];
        Pos[] origins = new Pos[slotMax];
        for (int j = 0; j < slotMax; j++) {
            caps[j] = Cap.NULL;
            long slotOffset = Bits.shiftUp(j, newL2v);
            if (Bits.shiftDown(slotOffset, newL2v) != j || Bits.high(slotOffset, l2vpslot) != 0) {
                continue; // outside the addressable range, or outside what the old slots covered
            }
            int maxoff = (int) Math.min(slotMax, Bits.shiftDown(Bits.shiftUp(1, newL2v), l2v));
            int baseoff = (int) Bits.shiftDown(slotOffset, l2v);
            int count = 0;
            int last = 0;
            for (int off = 0; off < maxoff; off++) {
                if (!g.slots.get(baseoff + off).isNull()) {
                    count++;
                    last = off;
                }
            }
            if (count == 0) {
                continue;
            }
            if (count == 1) {
                Cap only = g.slots.get(baseoff + last);
                if (only.type().isMemory() && Bits.high(only.guard(), l2v) == 0) {
                    long newGuard = only.guard() | Bits.shiftUp(last, l2v);
                    caps[j] = guarded(bank, only, newGuard, Math.min(l2v, only.l2g()));
                    origins[j] = g.slots.origin(baseoff + last);
                    continue;
                }
            }
            Gpt below = image.newGpt(bank, at);
            below.l2v = l2v;
            // CoySpace.cxx starts the new capability's restrictions at 0 and only ever ANDs into them
            caps[j] = Cap.of(CapType.GPT, below).withGuard(Math.min(l2v + SLOT_BITS, 64), 0);
            origins[j] = at;
            for (int off = 0; off < maxoff; off++) {
                below.slots.set(off, g.slots.get(baseoff + off), g.slots.origin(baseoff + off));
            }
        }
        for (int j = 0; j < slotMax; j++) {
            g.slots.set(j, caps[j], origins[j]);
        }
        g.l2v = newL2v;
        g.changedAt(at);
    }

    private Ref slotRef(Gpt g, int index) {
        return new Ref() {
            @Override
            public Cap get() {
                return g.slots.get(index);
            }

            @Override
            public void set(Cap cap) {
                g.slots.set(index, cap, at);
            }
        };
    }
}
