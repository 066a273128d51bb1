package coyotos.studio.mkimage.internal.convert;

import coyotos.studio.mkimage.internal.eval.Env;
import coyotos.studio.mkimage.internal.eval.ModuleLoader;
import coyotos.studio.mkimage.internal.eval.Value;
import coyotos.studio.mkimage.internal.image.Bank;
import coyotos.studio.mkimage.internal.image.Bits;
import coyotos.studio.mkimage.internal.image.Cap;
import coyotos.studio.mkimage.internal.image.CapPage;
import coyotos.studio.mkimage.internal.image.CapType;
import coyotos.studio.mkimage.internal.image.Endpoint;
import coyotos.studio.mkimage.internal.image.Gpt;
import coyotos.studio.mkimage.internal.image.Image;
import coyotos.studio.mkimage.internal.image.ImageObject;
import coyotos.studio.mkimage.internal.image.Page;
import coyotos.studio.mkimage.internal.image.Process;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the objects of an image for the model, in words of the modules that made them, so that a developer finds
 * {@code spacebank}, {@code testHandler_child1_replyept} and {@code child1_page_0x1000} rather than numbers. In order:
 * (1) objects bound to top-level variables take the variable's name (a record's field gives var_field), the module
 * being imported first, names that several modules use qualified by the module's last name part; (2) objects reached
 * from a named one take its name and the local variable that first held them, or their role (a process's space, a
 * page by its address in that space, a register); (3) the rest take their local variable name or kind. Every name is
 * a valid mkimage identifier and unique, so that the exporter can write it as a {@code def} and a re-import gives it
 * back unchanged.
 */
public final class ObjectNamer {
    public static final String PRIME_BANK = "PrimeBank";
    public static final String PRIME_BANK_ENDPOINT = "PrimeBankEndpoint";

    private record Candidate(ImageObject object, Cap cap, String var, String module, boolean top) {
    }

    private final Map<ImageObject, String> names = new IdentityHashMap<>();
    private final Set<String> used = new HashSet<>();
    private final List<ImageObject> order = new ArrayList<>();
    /** The capability a variable held for a named space: its guard places the space's pages at their addresses. */
    private final Map<ImageObject, Cap> namedVia = new IdentityHashMap<>();

    private ObjectNamer(Set<String> reserved) {
        used.addAll(reserved);
    }

    /** Names every object in {@code objects} (banks stand for their endpoints' entry capabilities). */
    public static Map<ImageObject, String> name(Image image, List<ImageObject> objects, List<ModuleLoader.Loaded> modules,
            Set<Env> moduleExports, Set<String> reserved) {
        ObjectNamer n = new ObjectNamer(reserved);
        Set<ImageObject> wanted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        wanted.addAll(objects);
        if (wanted.contains(image.prime())) {
            n.assign(image.prime(), PRIME_BANK);
        }
        if (wanted.contains(image.prime().endpoint())) {
            n.assign(image.prime().endpoint(), PRIME_BANK_ENDPOINT);
        }
        n.fromVariables(modules, moduleExports, wanted);
        n.fromOwners(wanted, objects);
        for (ImageObject o : objects) {
            if (!n.names.containsKey(o)) {
                n.assign(o, n.unique(o.localName() != null ? o.localName() : o.kind().toLowerCase() + "_" + o.oid()));
            }
        }
        return n.names;
    }

    private void fromVariables(List<ModuleLoader.Loaded> modules, Set<Env> moduleExports, Set<ImageObject> wanted) {
        List<ModuleLoader.Loaded> ordered = new ArrayList<>(modules);
        if (!ordered.isEmpty()) {
            ordered.add(0, ordered.remove(ordered.size() - 1)); // the module being imported first
        }
        Map<ImageObject, Candidate> first = new LinkedHashMap<>();
        for (int m = 0; m < ordered.size(); m++) {
            ModuleLoader.Loaded mod = ordered.get(m);
            for (Env.Binding b : mod.scope().bindings()) {
                candidate(first, wanted, b.value(), b.name, mod.name(), m == 0);
                if (b.value() instanceof Value.EnvV rec && !moduleExports.contains(rec.env())) {
                    for (Env.Binding f : rec.env().bindings()) {
                        candidate(first, wanted, f.value(), b.name + "_" + f.name, mod.name(), m == 0);
                    }
                }
            }
        }
        Map<String, List<Candidate>> byName = new HashMap<>();
        for (Candidate c : first.values()) {
            byName.computeIfAbsent(c.var(), k -> new ArrayList<>()).add(c);
        }
        for (Candidate c : first.values()) {
            List<Candidate> same = byName.get(c.var());
            boolean keep = same.size() == 1 || (c.top() && same.stream().filter(Candidate::top).count() == 1);
            String name = keep ? c.var() : lastPart(c.module()) + "_" + c.var();
            if (used.contains(identifier(name))) {
                name = c.module().replace('.', '_') + "_" + c.var();
            }
            assign(c.object(), unique(name));
            namedVia.put(c.object(), c.cap());
        }
    }

    private void candidate(Map<ImageObject, Candidate> first, Set<ImageObject> wanted, Value v, String var,
            String module, boolean top) {
        if (v instanceof Value.CapV c) {
            ImageObject o = designated(c.cap());
            if (c.cap().type() == CapType.ENTRY && o instanceof Endpoint e && e.recipient.target() instanceof Process p) {
                o = p; // an entry capability stands for the process that serves it
            }
            if (o != null && wanted.contains(o) && !first.containsKey(o) && !names.containsKey(o)) {
                first.put(o, new Candidate(o, c.cap(), var, module, top));
            }
        }
    }

    /** The model object a capability stands for: a bank for its entry capabilities, else the target. */
    static ImageObject designated(Cap c) {
        if (c.target() instanceof Endpoint e && e.ofBank() != null && c.type() == CapType.ENTRY) {
            return e.ofBank();
        }
        return c.target();
    }

    /**
     * Objects reached from named ones, breadth first: a process names its endpoints (those it receives on), its
     * address space (the root, then pages and GPTs by address) and what its registers hold; a GPT names what its
     * space maps by address; a capability page names its slots. A process no name reached yet takes its local name,
     * and the walk goes on from it.
     */
    private void fromOwners(Set<ImageObject> wanted, List<ImageObject> objects) {
        Map<ImageObject, List<Endpoint>> served = new IdentityHashMap<>();
        List<Process> processes = new ArrayList<>();
        for (ImageObject o : objects) {
            if (o instanceof Endpoint e && e.recipient.target() != null) {
                served.computeIfAbsent(e.recipient.target(), k -> new ArrayList<>()).add(e);
            } else if (o instanceof Process p) {
                processes.add(p);
            }
        }
        int nextProcess = 0;
        // named spaces and capability pages name their contents before processes walk into them
        Deque<ImageObject> queue = new ArrayDeque<>();
        order.stream().filter(o -> o instanceof Gpt || o instanceof CapPage).forEach(queue::add);
        order.stream().filter(o -> !(o instanceof Gpt || o instanceof CapPage)).forEach(queue::add);
        while (true) {
            while (!queue.isEmpty()) {
                ImageObject owner = queue.poll();
                String base = names.get(owner);
                for (Map.Entry<ImageObject, String> edge : edges(owner, served, namedVia.get(owner)).entrySet()) {
                    ImageObject t = edge.getKey();
                    if (wanted.contains(t) && !names.containsKey(t)) {
                        assign(t, unique(base + "_" + edge.getValue()));
                        queue.add(t);
                    }
                }
            }
            while (nextProcess < processes.size() && (names.containsKey(processes.get(nextProcess))
                    || !wanted.contains(processes.get(nextProcess)))) {
                nextProcess++;
            }
            if (nextProcess == processes.size()) {
                return;
            }
            ImageObject next = processes.get(nextProcess);
            assign(next, unique(next.localName() != null ? next.localName() : "process"));
            queue.add(next);
        }
    }

    /** What an object names, with the role each plays, in a stable order (first role wins). */
    private static Map<ImageObject, String> edges(ImageObject o, Map<ImageObject, List<Endpoint>> served, Cap via) {
        Map<ImageObject, String> out = new java.util.LinkedHashMap<>();
        switch (o) {
            case Process p -> {
                for (Endpoint e : served.getOrDefault(p, List.of())) {
                    out.putIfAbsent(e, e.localName() != null ? e.localName() : "endpoint");
                }
                Cap space = p.slot(Process.Slot.ADDR_SPACE);
                if (space.target() != null) {
                    out.putIfAbsent(space.target(), "space");
                    spaceWalk(space, 0, -1L, out, identitySet());
                }
                own(out, "handler", p.slot(Process.Slot.HANDLER));
                for (int i = 1; i < Process.CAP_REGS; i++) {
                    own(out, "reg" + i, p.capRegs.get(i));
                }
                own(out, "brand", p.slot(Process.Slot.BRAND));
                own(out, "cohort", p.slot(Process.Slot.COHORT));
            }
            case Gpt g -> spaceWalk(via != null && via.target() == g ? via : Cap.of(CapType.GPT, g).withGuard(64, 0), 0, -1L,
                    out, identitySet());
            case CapPage cp -> {
                for (int i = 0; i < CapPage.SLOTS; i++) {
                    own(out, "slot" + i, cp.slots.get(i));
                }
            }
            default -> {
            }
        }
        return out;
    }

    /** A held object a process or page names: not another process, nor another process's endpoint. */
    private static void own(Map<ImageObject, String> out, String role, Cap c) {
        ImageObject t = c.target();
        if (t == null || t instanceof Process || c.type() == CapType.ENTRY || c.type() == CapType.APP_NOTICE
                || (t instanceof Endpoint e && !e.recipient.isNull())) {
            return;
        }
        out.putIfAbsent(t, t.localName() != null ? t.localName() : role);
    }

    private static Set<ImageObject> identitySet() {
        return java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /**
     * Pages, capability pages and GPTs of a space, by the first address they appear at (print_space's walk). A GPT
     * is entered once: spaces share subtrees (a zero space maps one page everywhere), and walking every path of such
     * a tree would take forever.
     */
    private static void spaceWalk(Cap cap, long offset, long maxoff, Map<ImageObject, String> out, Set<ImageObject> seen) {
        if (cap.isNull() || !cap.type().isMemory() || cap.type().isWindow()) {
            return;
        }
        long guard = cap.guard();
        if (Long.compareUnsigned(guard, maxoff) > 0) {
            return;
        }
        offset |= guard;
        maxoff = Bits.low(maxoff, cap.l2g());
        String at = "0x" + Long.toHexString(offset);
        if (cap.target() instanceof Page p) {
            out.putIfAbsent(p, "page_" + at);
        } else if (cap.target() instanceof CapPage cp) {
            out.putIfAbsent(cp, "cappage_" + at);
        } else if (cap.target() instanceof Gpt g) {
            boolean root = seen.isEmpty();
            if (!seen.add(g)) {
                return;
            }
            if (!root) {
                out.putIfAbsent(g, "gpt_" + at);
            }
            for (int i = 0; i < Gpt.SLOTS; i++) {
                long slotaddr = Bits.shiftUp(i, g.l2v);
                if (Long.compareUnsigned(slotaddr, maxoff) > 0 || Bits.shiftDown(slotaddr, g.l2v) != i) {
                    continue;
                }
                spaceWalk(g.slots.get(i), offset | slotaddr, Bits.low(maxoff, g.l2v), out, seen);
            }
        }
    }

    private void assign(ImageObject o, String name) {
        names.put(o, name);
        used.add(name);
        order.add(o);
    }

    private String unique(String raw) {
        String base = identifier(raw);
        if (!used.contains(base)) {
            return base;
        }
        for (int i = 2; ; i++) {
            String n = base + "_" + i;
            if (!used.contains(n)) {
                return n;
            }
        }
    }

    /** A valid mkimage identifier: letters, digits and '_', not starting with a digit or "__". */
    static String identifier(String raw) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            s.append(Character.isLetterOrDigit(c) && c < 128 || c == '_' ? c : '_');
        }
        if (s.isEmpty() || Character.isDigit(s.charAt(0)) || s.toString().startsWith("__")) {
            s.insert(0, "o");
        }
        return s.toString();
    }

    private static String lastPart(String module) {
        return module.substring(module.lastIndexOf('.') + 1);
    }
}
