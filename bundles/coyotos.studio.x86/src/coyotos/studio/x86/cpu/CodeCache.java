package coyotos.studio.x86.cpu;

import coyotos.studio.x86.decode.Op;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Decoded blocks, found by linear address through a direct-mapped table, and indexed by the page arrays
 * their bytes came from so a write into such a page drops them (self-modifying code, or the host writing into
 * a code page). A page that holds decoded code is kept out of the {@link PageMap}'s write fast path, so a
 * guest write to it is noticed.
 */
final class CodeCache {
    private static final int BITS = 16;
    private static final int MASK = (1 << BITS) - 1;
    private final Block[] table = new Block[1 << BITS];
    private final IdentityHashMap<byte[], List<Block>> byPage = new IdentityHashMap<>();
    private PageMap pages;

    void attach(PageMap pageMap) {
        this.pages = pageMap;
    }

    static int slot(int eip) {
        return (eip ^ (eip >>> BITS)) & MASK;
    }

    Block get(int eip) {
        return table[slot(eip)];
    }

    boolean holdsCode(byte[] page) {
        return byPage.containsKey(page);
    }

    void put(Block b) {
        int i = slot(b.eip);
        Block old = table[i];
        if (old != null) {
            drop(old);
        }
        table[i] = b;
        register(b, b.page);
        if (b.page2 != null) {
            register(b, b.page2);
        }
    }

    private void register(Block b, byte[] page) {
        List<Block> list = byPage.get(page);
        if (list == null) {
            list = new ArrayList<>(4);
            byPage.put(page, list);
            pages.holdWrites(page);
        }
        list.add(b);
    }

    /**
     * Removes a block replaced in the table; its page lists forget it, so no later write would drop it: the
     * epoch moves on, so no other block's successor link leads to it any more.
     */
    private void drop(Block b) {
        pages.epoch++;
        unregister(b, b.page);
        if (b.page2 != null) {
            unregister(b, b.page2);
        }
    }

    private void unregister(Block b, byte[] page) {
        List<Block> list = byPage.get(page);
        if (list != null) {
            list.remove(b);
            if (list.isEmpty()) {
                byPage.remove(page);
            }
        }
    }

    /**
     * The page's bytes changed: every block decoded from it goes. Their instructions become {@link Op#STALE},
     * so a block running now (the writer's own) stops before its next instruction and that one is decoded
     * afresh. Returns whether anything was dropped.
     */
    boolean invalidate(byte[] page) {
        List<Block> list = byPage.remove(page);
        if (list == null) {
            return false;
        }
        pages.epoch++;
        for (Block b : list) {
            for (int k = 0; k < b.code.length; k++) {
                b.code[k].op = Op.STALE;
                b.ops[k] = Op.STALE;
            }
            int i = slot(b.eip);
            if (table[i] == b) {
                table[i] = null;
            }
            byte[] other = b.page == page ? b.page2 : b.page;
            if (other != null) {
                unregister(b, other);
            }
        }
        return true;
    }

    void clear() {
        for (byte[] page : new ArrayList<>(byPage.keySet())) {
            invalidate(page);
        }
        java.util.Arrays.fill(table, null);
    }
}
