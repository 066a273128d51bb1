package coyotos.studio.model.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.Capability;
import coyotos.studio.model.CapRegister;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Endpoint;
import coyotos.studio.model.EndpointCapability;
import coyotos.studio.model.EntryCapability;
import coyotos.studio.model.Gpt;
import coyotos.studio.model.NullCapability;
import coyotos.studio.model.Process;
import coyotos.studio.model.Slot;
import coyotos.studio.model.Step;
import coyotos.studio.model.Loop;
import coyotos.studio.model.Touch;

/**
 * What the rules need to know about a system, computed once per validation: lists by type, GPT slot
 * tables, which processes receive, and the address-space analysis ({@link SpaceAnalysis}).
 */
public final class ModelIndex {

    public static final int PAGE_BITS = 12; // IA-32: 4 KiB pages
    public static final long PAGE_SIZE = 1L << PAGE_BITS;
    public static final long IA32_KERNEL_BASE = 0xC0000000L;

    private final CoyotosSystem system;
    private final List<Process> processes = new ArrayList<>();
    private final List<Gpt> gpts = new ArrayList<>();
    private final List<Endpoint> endpoints = new ArrayList<>();
    private final List<Capability> capabilities = new ArrayList<>();
    private final List<EObject> all = new ArrayList<>();
    private final Map<Gpt, Capability[]> gptSlots = new IdentityHashMap<>();
    private final Map<Process, Boolean> receives = new IdentityHashMap<>();
    private SpaceAnalysis spaces;
    private SpaceWalker walker;

    public ModelIndex(CoyotosSystem system) {
        this.system = system;
        for (TreeIterator<EObject> it = system.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            all.add(o);
            if (o instanceof Process p) {
                processes.add(p);
            } else if (o instanceof Gpt g) {
                gpts.add(g);
            } else if (o instanceof Endpoint e) {
                endpoints.add(e);
            } else if (o instanceof Capability c) {
                capabilities.add(c);
            }
        }
        for (Gpt g : gpts) {
            Capability[] table = new Capability[16];
            for (Slot s : g.getSlots()) {
                if (s.getIndex() >= 0 && s.getIndex() < 16 && table[s.getIndex()] == null) {
                    table[s.getIndex()] = s.getCap();
                }
            }
            gptSlots.put(g, table);
        }
    }

    public CoyotosSystem system() {
        return system;
    }

    public List<Process> processes() {
        return processes;
    }

    public List<Gpt> gpts() {
        return gpts;
    }

    public List<Endpoint> endpoints() {
        return endpoints;
    }

    public List<Capability> capabilities() {
        return capabilities;
    }

    /** Every element under the system. */
    public List<EObject> all() {
        return all;
    }

    /** The capability in slot {@code i} of {@code g} (null when empty). */
    public Capability slot(Gpt g, int i) {
        Capability[] t = gptSlots.get(g);
        if (t == null) {
            t = new Capability[16];
            for (Slot s : g.getSlots()) {
                if (s.getIndex() >= 0 && s.getIndex() < 16 && t[s.getIndex()] == null) {
                    t[s.getIndex()] = s.getCap();
                }
            }
            gptSlots.put(g, t);
        }
        return i >= 0 && i < 16 ? t[i] : null;
    }

    public SpaceAnalysis spaces() {
        if (spaces == null) {
            spaces = new SpaceAnalysis(this);
        }
        return spaces;
    }

    public SpaceWalker walker() {
        if (walker == null) {
            walker = new SpaceWalker(this);
        }
        return walker;
    }

    public static boolean isEmpty(Capability c) {
        return c == null || c instanceof NullCapability;
    }

    /** The capability in register {@code index} of {@code p}, or null. */
    public static Capability register(Process p, int index) {
        for (CapRegister r : p.getRegisters()) {
            if (r.getIndex() == index) {
                return r.getCap();
            }
        }
        return null;
    }

    /** The process that receives on the endpoint an entry capability names, or null. */
    public static Process recipientOf(Capability c) {
        Endpoint e = c instanceof EntryCapability en ? en.getTarget()
                : c instanceof EndpointCapability ep ? ep.getTarget() : null;
        return e == null || e.eIsProxy() ? null : e.getRecipient();
    }

    /**
     * Whether {@code p} ever waits to receive (spec §5: a message is delivered only to a process in a
     * receive wait): it starts receiving, its workload has a Receive step, or it is a fault handler.
     */
    public boolean receives(Process p) {
        return receives.computeIfAbsent(p, q -> q.getRunState() == coyotos.studio.model.RunState.RECEIVING
                || !q.getHandlerActions().isEmpty()
                || (q.getWorkload() != null && ReceiveLoops.containsReceive(q.getWorkload().getSteps())));
    }

    /** All Touch steps of a workload, loops flattened in order (without recursion: loops may nest deeply). */
    public static List<Touch> touches(List<Step> steps) {
        List<Touch> out = new ArrayList<>();
        Deque<Iterator<Step>> todo = new ArrayDeque<>();
        todo.push(steps.iterator());
        while (!todo.isEmpty()) {
            Iterator<Step> it = todo.peek();
            if (!it.hasNext()) {
                todo.pop();
                continue;
            }
            Step s = it.next();
            if (s instanceof Touch t) {
                out.add(t);
            } else if (s instanceof Loop l) {
                todo.push(l.getSteps().iterator());
            }
        }
        return out;
    }

    /** Groups values by key preserving order. */
    public static <K, V> void group(Map<K, List<V>> map, K key, V value) {
        map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    public static <K, V> Map<K, List<V>> newGroups() {
        return new HashMap<>();
    }
}
