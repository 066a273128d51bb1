package coyotos.studio.model.validation.fixes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.Capability;
import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Endpoint;
import coyotos.studio.model.EntryCapability;
import coyotos.studio.model.KernelObject;
import coyotos.studio.model.Process;
import coyotos.studio.model.validation.Labels;
import coyotos.studio.model.validation.ModelIndex;

/**
 * COY-FAULT-PATH-NO-HANDLER: the process gets a process handler, an entry capability to an endpoint of one of the
 * model's handler processes (those with handler actions), one fix per handler. A handler whose own handler chain
 * leads back to the process is not offered: that would deadlock on a double fault (spec §3.3.1). A handler with
 * no endpoint gets one made for it.
 */
final class FaultPathNoHandlerFix implements RuleFix {

    @Override
    public String ruleId() {
        return "COY-FAULT-PATH-NO-HANDLER";
    }

    @Override
    public List<Fix> fixes(ModelIndex model, EObject element) {
        if (!(element instanceof Process process) || !ModelIndex.isEmpty(process.getHandler())) {
            return List.of();
        }
        List<Fix> fixes = new ArrayList<>();
        for (Process handler : model.processes()) {
            if (handler == process || handler.getHandlerActions().isEmpty() || handledBy(handler, process)) {
                continue;
            }
            Endpoint endpoint = endpointOf(model, handler);
            String key = "handler:" + FixKeys.of(handler);
            if (endpoint != null) {
                fixes.add(new Fix(key, "Handle faults of " + Labels.of(process) + " with " + Labels.of(handler)
                        + " (entry capability to " + Labels.of(endpoint) + ")",
                        "Faults the process takes go to this handler as messages (spec §3.3.1).",
                        () -> process.setHandler(entryTo(endpoint))));
            } else {
                CoyotosSystem system = model.system();
                String name = ProcessScheduleFix.freeName(system, handler.getName() + "-faults");
                fixes.add(new Fix(key, "Handle faults of " + Labels.of(process) + " with " + Labels.of(handler)
                        + " (new endpoint '" + name + "')",
                        "Faults the process takes go to this handler as messages (spec §3.3.1).", () -> {
                            Endpoint made = CoyotosFactory.eINSTANCE.createEndpoint();
                            made.setName(name);
                            made.setRecipient(handler);
                            made.setEndpointId(nextEndpointId(system));
                            system.getObjects().add(made);
                            process.setHandler(entryTo(made));
                        }));
            }
        }
        return fixes;
    }

    /** Whether faults of {@code handler} end up, through handler after handler, at {@code process}. */
    private static boolean handledBy(Process handler, Process process) {
        Set<Process> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Process p = handler; p != null && seen.add(p); p = next(p)) {
            if (p == process) {
                return true;
            }
        }
        return false;
    }

    private static Process next(Process p) {
        return ModelIndex.isEmpty(p.getHandler()) ? null : ModelIndex.recipientOf(p.getHandler());
    }

    /** The handler's endpoint other processes already use as their handler, else its first endpoint. */
    private static Endpoint endpointOf(ModelIndex model, Process handler) {
        Endpoint first = null;
        for (Endpoint endpoint : model.endpoints()) {
            if (endpoint.getRecipient() != handler) {
                continue;
            }
            if (first == null) {
                first = endpoint;
            }
            for (Process p : model.processes()) {
                Capability h = p.getHandler();
                if (h instanceof EntryCapability entry && entry.getTarget() == endpoint) {
                    return endpoint;
                }
            }
        }
        return first;
    }

    private static EntryCapability entryTo(Endpoint endpoint) {
        EntryCapability entry = CoyotosFactory.eINSTANCE.createEntryCapability();
        entry.setTarget(endpoint);
        return entry;
    }

    private static long nextEndpointId(CoyotosSystem system) {
        long highest = 0;
        for (KernelObject object : system.getObjects()) {
            if (object instanceof Endpoint endpoint) {
                highest = Math.max(highest, endpoint.getEndpointId());
            }
        }
        return highest + 1;
    }
}
