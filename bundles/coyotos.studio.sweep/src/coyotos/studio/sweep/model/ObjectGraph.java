package coyotos.studio.sweep.model;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.KernelObject;
import coyotos.studio.model.Process;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentsEList;

/**
 * Which kernel objects a model's processes can reach through any reference (capabilities, handler actions,
 * endpoint recipients), and removing the ones a transformation left behind, so that a removed handler's space
 * and pages stop counting as memory of the design that no longer has it.
 */
final class ObjectGraph {

    private ObjectGraph() {
    }

    /** Top-level objects reachable from every process of {@code system} (processes included). */
    static Set<KernelObject> reachable(CoyotosSystem system) {
        List<KernelObject> roots = new ArrayList<>();
        for (KernelObject o : system.getObjects()) {
            if (o instanceof Process) {
                roots.add(o);
            }
        }
        return reachable(system, roots);
    }

    static Set<KernelObject> reachable(CoyotosSystem system, Collection<? extends KernelObject> roots) {
        Set<KernelObject> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<KernelObject> work = new ArrayDeque<>(roots);
        while (!work.isEmpty()) {
            KernelObject o = work.pop();
            if (!seen.add(o)) {
                continue;
            }
            for (KernelObject t : references(system, o)) {
                if (!seen.contains(t)) {
                    work.push(t);
                }
            }
        }
        return seen;
    }

    /** The top-level objects that {@code o} or anything it contains refers to. */
    static List<KernelObject> references(CoyotosSystem system, KernelObject o) {
        List<KernelObject> out = new ArrayList<>();
        addReferences(system, o, out);
        for (TreeIterator<EObject> it = o.eAllContents(); it.hasNext();) {
            addReferences(system, it.next(), out);
        }
        return out;
    }

    private static void addReferences(CoyotosSystem system, EObject e, List<KernelObject> out) {
        for (EObject t : e.eCrossReferences()) {
            KernelObject top = topLevel(system, t);
            if (top != null) {
                out.add(top);
            }
        }
    }

    static KernelObject topLevel(CoyotosSystem system, EObject e) {
        EObject o = e;
        while (o != null && o.eContainer() != system) {
            o = o.eContainer();
        }
        return o instanceof KernelObject k ? k : null;
    }

    /**
     * Removes the objects that were reachable in {@code before} and are not now, and every reference to them
     * from what remains (one pass over the model, not one per object).
     */
    static List<KernelObject> removeOrphans(CoyotosSystem system, Set<KernelObject> before) {
        Set<KernelObject> now = reachable(system);
        List<KernelObject> orphans = new ArrayList<>();
        for (KernelObject o : system.getObjects()) {
            if (before.contains(o) && !now.contains(o)) {
                orphans.add(o);
            }
        }
        delete(system, orphans);
        return orphans;
    }

    /** Removes {@code objects} (top-level) and unsets every reference to them or into them. */
    static void delete(CoyotosSystem system, Collection<KernelObject> objects) {
        if (objects.isEmpty()) {
            return;
        }
        Map<EObject, Boolean> gone = new IdentityHashMap<>();
        for (KernelObject o : objects) {
            gone.put(o, Boolean.TRUE);
            for (TreeIterator<EObject> it = o.eAllContents(); it.hasNext();) {
                gone.put(it.next(), Boolean.TRUE);
            }
        }
        system.getObjects().removeAll(objects);
        record Dangling(EObject holder, EReference reference, EObject target) {
        }
        List<Dangling> dangling = new ArrayList<>();
        for (TreeIterator<EObject> it = system.eAllContents(); it.hasNext();) {
            EObject e = it.next();
            for (EContentsEList.FeatureIterator<EObject> refs = (EContentsEList.FeatureIterator<EObject>) e.eCrossReferences()
                    .iterator(); refs.hasNext();) {
                EObject t = refs.next();
                if (gone.containsKey(t)) {
                    dangling.add(new Dangling(e, (EReference) refs.feature(), t));
                }
            }
        }
        // unset after the scan: changing a list while its cross references are iterated would fail
        for (Dangling d : dangling) {
            if (d.reference().isMany()) {
                ((EList<?>) d.holder().eGet(d.reference())).remove(d.target());
            } else {
                d.holder().eUnset(d.reference());
            }
        }
    }
}
