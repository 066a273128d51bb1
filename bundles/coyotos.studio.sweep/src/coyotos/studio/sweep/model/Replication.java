package coyotos.studio.sweep.model;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Endpoint;
import coyotos.studio.model.HandlerAction;
import coyotos.studio.model.KernelObject;
import coyotos.studio.model.MapFreshPage;
import coyotos.studio.model.MemoryObject;
import coyotos.studio.model.NamedElement;
import coyotos.studio.model.Process;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The replicate axis: N copies of a process, each with its own address space and the same handler wiring, as a
 * designer asks "and with 64 of these?".
 *
 * <p>A copy gets its own: the process; every GPT, page and cap page of its space that no other process's space
 * reaches (what other spaces share, like a shared code page, stays shared); the processes that share its space
 * (a handler in the shared-space design comes along with the space it lives in); and the endpoints those
 * processes receive on (a reply endpoint per copy). Everything else is wired, not copied: the schedule, the
 * space bank, and the external or memory handler, which then serves every copy. A shared handler whose
 * MapFreshPage names a GPT of the copied space could only serve the original, so it is set to map into whichever
 * space faulted, which is what a pager serving several clients does with the process capability each fault
 * message carries (spec §3.3 Exception Delivery); the run's notes say so.
 *
 * <p>Copies are named {@code name#2 .. name#N} and appended after the model's objects, so the original keeps its
 * place and the simulator's numbering of every object before them is unchanged.
 */
public final class Replication {
    /** A bound on copies: beyond it the model, not the question, becomes the problem. */
    public static final int MAX_COPIES = 4096;

    private Replication() {
    }

    /** Replicates {@code p} to {@code copies} processes in total; returns what the run should tell the user. */
    public static List<String> apply(CoyotosSystem system, Process p, int copies) {
        if (copies <= 1) {
            return List.of();
        }
        Set<KernelObject> unit = unit(system, p);
        List<KernelObject> ordered = new ArrayList<>();
        for (KernelObject o : system.getObjects()) {
            if (unit.contains(o)) {
                ordered.add(o);
            }
        }
        List<String> notes = new ArrayList<>();
        retargetSharedPagers(system, unit, notes);
        Set<String> names = new HashSet<>();
        for (KernelObject o : system.getObjects()) {
            names.add(o.getName());
        }
        for (int k = 2; k <= copies; k++) {
            EcoreUtil.Copier copier = new EcoreUtil.Copier();
            List<EObject> copied = new ArrayList<>(copier.copyAll(ordered));
            copier.copyReferences();
            for (EObject c : copied) {
                KernelObject ko = (KernelObject) c;
                ko.setName(uniqueName(names, ko.getName(), k));
                system.getObjects().add(ko);
            }
        }
        notes.add("replicate: " + copies + " copies of process '" + p.getName() + "' (" + ordered.size()
                + " objects each: the process, its own space, " + countOf(ordered, Endpoint.class) + " endpoint(s)"
                + (countOf(ordered, Process.class) > 1 ? ", the handler sharing its space" : "") + ").");
        return notes;
    }

    /** What each copy gets its own of: see the class comment. */
    static Set<KernelObject> unit(CoyotosSystem system, Process p) {
        Set<KernelObject> unit = Collections.newSetFromMap(new IdentityHashMap<>());
        MemoryObject root = Processes.spaceRoot(p);
        List<Process> members = new ArrayList<>();
        members.add(p);
        for (Process q : Processes.processes(system)) {
            if (q != p && root != null && Processes.spaceRoot(q) == root) {
                members.add(q);
            }
        }
        unit.addAll(members);
        Set<MemoryObject> others = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Process q : Processes.processes(system)) {
            if (!members.contains(q)) {
                others.addAll(Processes.spaceObjects(q));
            }
        }
        for (MemoryObject m : Processes.spaceObjects(p)) {
            if (!others.contains(m)) {
                unit.add(m);
            }
        }
        for (KernelObject o : system.getObjects()) {
            if (o instanceof Endpoint e && members.contains(e.getRecipient())) {
                unit.add(e);
            }
        }
        return unit;
    }

    private static void retargetSharedPagers(CoyotosSystem system, Set<KernelObject> unit, List<String> notes) {
        for (Process q : Processes.processes(system)) {
            if (unit.contains(q)) {
                continue;
            }
            for (HandlerAction a : q.getHandlerActions()) {
                if (a instanceof MapFreshPage m && m.getGpt() != null && unit.contains(m.getGpt())) {
                    notes.add("replicate: '" + q.getName() + "' maps pages into whichever copy faulted (its MapFreshPage "
                            + "named GPT '" + m.getGpt().getName() + "', which every copy has its own of).");
                    m.setGpt(null);
                }
            }
        }
    }

    private static String uniqueName(Set<String> names, String name, int k) {
        String base = (name == null || name.isBlank() ? "object" : name) + "#" + k;
        String candidate = base;
        for (int i = 2; !names.add(candidate); i++) {
            candidate = base + "-" + i;
        }
        return candidate;
    }

    private static long countOf(List<KernelObject> objects, Class<? extends NamedElement> type) {
        return objects.stream().filter(type::isInstance).count();
    }
}
