package coyotos.studio.model.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import coyotos.studio.model.Capability;
import coyotos.studio.model.Gpt;
import coyotos.studio.model.GptCapability;
import coyotos.studio.model.MemoryCapability;
import coyotos.studio.model.MemoryObject;
import coyotos.studio.model.Page;
import coyotos.studio.model.Process;

/**
 * Static view of all address spaces (spec §4.3, §4.3.1, as kern_MemWalk.c walks them): for each GPT, how many of its slots some address
 * can select (from the widest span any path gives it), which processes reach it, which pages each process
 * can write, and which GPTs lie on cycles.
 */
public final class SpaceAnalysis {

    private final ModelIndex index;
    private final Map<Gpt, Integer> maxSpan = new IdentityHashMap<>();
    private final Map<Gpt, Set<Process>> reachedBy = new IdentityHashMap<>();
    private final Map<Page, Set<Process>> writers = new IdentityHashMap<>();
    private final Set<Process> withMemoryHandler = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Gpt> cycleEntries = new ArrayList<>();

    SpaceAnalysis(ModelIndex index) {
        this.index = index;
        for (Process p : index.processes()) {
            Map<Gpt, BitSet> seen = new IdentityHashMap<>();
            visit(p, p.getAddressSpace(), 64, true, 0, seen);
        }
        findCycles();
    }

    private void visit(Process p, Capability cap, int bits, boolean writable, int depth, Map<Gpt, BitSet> seen) {
        if (!(cap instanceof MemoryCapability mc) || depth > SpaceWalker.MEMWALK_MAX) {
            return;
        }
        MemoryObject target = mc.getTargetObject();
        if (target == null || target.eIsProxy()) {
            return;
        }
        boolean w = writable && !mc.isReadOnly() && !mc.isWeak();
        int span = Math.max(0, Math.min(mc.getL2g(), bits));
        if (target instanceof Page page) {
            if (w) {
                writers.computeIfAbsent(page, k -> new LinkedHashSet<>()).add(p);
            }
            return;
        }
        if (!(target instanceof Gpt g)) {
            return;
        }
        BitSet b = seen.computeIfAbsent(g, k -> new BitSet());
        int key = span * 2 + (w ? 1 : 0);
        if (b.get(key)) {
            return;
        }
        b.set(key);
        maxSpan.merge(g, span, Math::max);
        reachedBy.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(p);
        if (g.isHa()) {
            withMemoryHandler.add(p);
        }
        int reachable = Math.min(reachableSlots(g.getL2v(), span), addressableSlots(g));
        for (int u = 0; u < reachable; u++) {
            if ((u == 15 && g.isHa()) || (u == 14 && g.isBg())) {
                continue;
            }
            visit(p, index.slot(g, u), Math.max(0, g.getL2v()), w, depth + 1, seen);
        }
    }

    /**
     * Slots the kernel lets an address select in {@code g}: all 16, or only 8 with bg (kerninc/GPT.h
     * gpt_addressable_slots; spec 0.6 reserves only slot 14).
     */
    public static int addressableSlots(Gpt g) {
        return g.isBg() ? 8 : 16;
    }

    /** Number of slots an address can select in a GPT with {@code l2v} reached with {@code span} bits. */
    public static int reachableSlots(int l2v, int span) {
        if (span <= l2v) {
            return 1;
        }
        int d = span - l2v;
        return d >= 4 ? 16 : 1 << d;
    }

    /** Widest span any process's path gives this GPT, or -1 when no process reaches it. */
    public int maxSpan(Gpt g) {
        return maxSpan.getOrDefault(g, -1);
    }

    public Set<Process> reachedBy(Gpt g) {
        return reachedBy.getOrDefault(g, Set.of());
    }

    /** Pages and the processes that can write them (no RO or WK on the path). */
    public Map<Page, Set<Process>> writers() {
        return writers;
    }

    /** Whether some GPT with ha (a memory handler) lies in the process's space. */
    public boolean hasMemoryHandler(Process p) {
        return withMemoryHandler.contains(p);
    }

    /** GPTs at which a cycle of GPT capabilities closes (one per cycle found). */
    public List<Gpt> cycleEntries() {
        return cycleEntries;
    }

    /** Iterative three-colour DFS over GPT-to-GPT edges, all slots (a cycle anywhere is malformed). */
    private void findCycles() {
        Map<Gpt, Integer> colour = new IdentityHashMap<>(); // absent white, 1 grey, 2 black
        for (Gpt root : index.gpts()) {
            if (colour.containsKey(root)) {
                continue;
            }
            Deque<Object[]> stack = new ArrayDeque<>();
            stack.push(new Object[] {root, 0});
            colour.put(root, 1);
            while (!stack.isEmpty()) {
                Object[] top = stack.peek();
                Gpt g = (Gpt) top[0];
                int u = (Integer) top[1];
                if (u >= 16) {
                    colour.put(g, 2);
                    stack.pop();
                    continue;
                }
                top[1] = u + 1;
                if (index.slot(g, u) instanceof GptCapability gc && gc.getTarget() != null && !gc.getTarget().eIsProxy()) {
                    Gpt child = gc.getTarget();
                    Integer c = colour.get(child);
                    if (c == null) {
                        colour.put(child, 1);
                        stack.push(new Object[] {child, 0});
                    } else if (c == 1 && !cycleEntries.contains(child)) {
                        cycleEntries.add(child);
                    }
                }
            }
        }
    }
}
