package coyotos.studio.debug.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.NamedElement;
import coyotos.studio.sim.result.RunInfo;

/**
 * The names users gave the objects of a run, by the ids the simulator knows them by (their model element ids,
 * as the translator gives them). An object the model does not name (a GPT a handler allocated, "gpt#7") is
 * called by its id.
 */
public final class Names {
    private final Map<String, String> byId = new HashMap<>();

    private Names() {
    }

    public static Names of(CoyotosSystem system, RunInfo info) {
        Names n = new Names();
        if (system != null && system.eResource() != null) {
            for (TreeIterator<EObject> it = system.eAllContents(); it.hasNext();) {
                EObject o = it.next();
                if (o instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
                    n.byId.put(system.eResource().getURIFragment(o), named.getName());
                }
            }
        }
        for (int i = 0; i < info.processIds().size(); i++) {
            n.byId.putIfAbsent(info.processIds().get(i), info.processNames().get(i));
        }
        return n;
    }

    /** The ids of the objects with this name (or this id), in no particular order. */
    public java.util.List<String> idsOf(String name) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        byId.forEach((id, n) -> {
            if (n.equals(name)) {
                ids.add(id);
            }
        });
        ids.add(name);
        return ids;
    }

    /** The object's name, or its id when it has none; "(nothing)" for no id. */
    public String of(String id) {
        if (id == null) {
            return "(nothing)";
        }
        return byId.getOrDefault(id, id);
    }
}
