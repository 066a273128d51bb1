package coyotos.studio.sweep.model;

import coyotos.studio.model.ActivationHandler;
import coyotos.studio.model.Capability;
import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Endpoint;
import coyotos.studio.model.EntryCapability;
import coyotos.studio.model.Gpt;
import coyotos.studio.model.KernelObject;
import coyotos.studio.model.MapFreshPage;
import coyotos.studio.model.MemoryObject;
import coyotos.studio.model.Process;
import coyotos.studio.model.Slot;
import coyotos.studio.model.validation.ModelIndex;
import coyotos.studio.sweep.SweepException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The design axis: rewires how one process's faults are handled, from the parts the model already holds.
 * Nothing is invented: the pager (a receiving process with a MapFreshPage action) brings its code, stack, work
 * per fault and own space; the process's activation handler brings its code, stack and the regions it handles.
 * A model that compares all four designs therefore holds both (the activation handler takes the faults in its
 * regions first and the pager the rest, spec §3.3), and each design keeps the parts it uses:
 *
 * <ul>
 * <li>external-own-space: handler slot → the pager's endpoint; no activation handler, no memory handler.</li>
 * <li>external-shared-space: as own-space, and the pager's address space is the process's (its own space, if
 * no one else uses it, goes).</li>
 * <li>memory-handler: {@code ha} and slot 15 of the root GPT of the process's space → the pager's endpoint
 * (spec §4.3); empty handler slot; no activation handler.</li>
 * <li>activation: the activation handler alone; the pager, if it then serves no one, goes with everything
 * only it used. {@code activation-draft-0.5} and {@code activation-seed-2007} also set how it returns.</li>
 * </ul>
 * A design that needs a part the model lacks is an error naming the part, never a guess.
 */
public final class DesignRewiring {

    private DesignRewiring() {
    }

    /** What {@code p}'s faults are handled by in a model: either part may be null. */
    record Parts(ActivationHandler activation, Process pager, Endpoint pagerEndpoint) {
    }

    public static List<String> apply(CoyotosSystem system, Process p, HandlerDesign design, String axis)
            throws SweepException {
        Parts parts = parts(system, p, axis);
        Set<KernelObject> before = ObjectGraph.reachable(system);
        List<String> notes = new ArrayList<>();
        switch (design) {
            case ACTIVATION, ACTIVATION_DRAFT, ACTIVATION_SEED -> {
                if (parts.activation() == null) {
                    throw new SweepException("axis " + axis + ": design " + design.id() + " needs an activation handler "
                            + "on process '" + p.getName() + "' (its code, its own stack and the regions it handles). Add "
                            + "one in the model; the other designs leave it out.");
                }
                unwirePager(system, p, parts);
                if (design.returnDesign() != null) {
                    parts.activation().setDesign(design.returnDesign());
                }
                notes.add("design: activation handler of '" + p.getName() + "' only (" + parts.activation().getDesign()
                        + " return); an activation handler is a what-if from the draft spec, not a Coyotos 0.6 mechanism.");
            }
            case EXTERNAL_OWN_SPACE, MEMORY_HANDLER -> {
                requirePager(p, parts, design, axis);
                if (Processes.spaceRoot(parts.pager()) == Processes.spaceRoot(p)) {
                    throw new SweepException("axis " + axis + ": design " + design.id() + " needs a pager with an address "
                            + "space of its own, but '" + parts.pager().getName() + "' shares the space of '" + p.getName()
                            + "'. Give it its own space in the model; design external-shared-space then shares it.");
                }
                p.setActivationHandler(null);
                unwirePager(system, p, parts);
                if (design == HandlerDesign.EXTERNAL_OWN_SPACE) {
                    p.setHandler(entry(parts.pagerEndpoint()));
                } else {
                    wireMemoryHandler(p, parts, axis);
                }
                notes.add("design: " + design.label() + " '" + parts.pager().getName() + "' handles '" + p.getName() + "'.");
            }
            case EXTERNAL_SHARED_SPACE -> {
                requirePager(p, parts, design, axis);
                p.setActivationHandler(null);
                unwirePager(system, p, parts);
                p.setHandler(entry(parts.pagerEndpoint()));
                parts.pager().setAddressSpace(EcoreUtil.copy(p.getAddressSpace()));
                notes.add("design: " + design.label() + " '" + parts.pager().getName() + "' runs in the space of '"
                        + p.getName() + "'.");
            }
        }
        if (design.activation() && parts.pager() != null && !handlesAnyone(system, parts.pager())) {
            ObjectGraph.delete(system, List.of(parts.pager()));
        }
        List<KernelObject> removed = ObjectGraph.removeOrphans(system, before);
        if (!removed.isEmpty()) {
            notes.add("design: left out what only the unused parts needed: "
                    + String.join(", ", removed.stream().map(KernelObject::getName).toList()) + ".");
        }
        return notes;
    }

    /** Which parts handle {@code p}'s faults, wired or not. */
    static Parts parts(CoyotosSystem system, Process p, String axis) throws SweepException {
        Endpoint wired = Processes.entryTarget(p.getHandler());
        if (wired == null) {
            wired = memoryHandlerEndpoint(p);
        }
        Process pager = wired != null && wired.getRecipient() != null && isPager(wired.getRecipient())
                ? wired.getRecipient() : null;
        Endpoint endpoint = pager != null ? wired : null;
        if (pager == null) {
            List<Process> pagers = Processes.processes(system).stream().filter(q -> q != p && isPager(q)).toList();
            if (pagers.size() > 1) {
                throw new SweepException("axis " + axis + ": process '" + p.getName() + "' has no pager wired and the model "
                        + "has several (" + Processes.names(pagers) + "); wire the one to use to its handler slot.");
            }
            if (pagers.size() == 1) {
                pager = pagers.get(0);
                endpoint = serviceEndpoint(system, pager);
            }
        }
        return new Parts(p.getActivationHandler(), pager, endpoint);
    }

    /** A receiving process that repairs faults by mapping pages: what every design but activation needs. */
    private static boolean isPager(Process q) {
        return q.getHandlerActions().stream().anyMatch(a -> a instanceof MapFreshPage);
    }

    /** The endpoint clients reach the pager through: one it receives on that is not a reply endpoint. */
    private static Endpoint serviceEndpoint(CoyotosSystem system, Process pager) {
        for (KernelObject o : system.getObjects()) {
            if (o instanceof Endpoint e && e.getRecipient() == pager && !e.isPm()) {
                return e;
            }
        }
        return null;
    }

    private static void requirePager(Process p, Parts parts, HandlerDesign design, String axis) throws SweepException {
        if (parts.pager() == null) {
            throw new SweepException("axis " + axis + ": design " + design.id() + " needs a pager for '" + p.getName()
                    + "': a receiving process with a MapFreshPage action (its code, stack and work per fault). Add one "
                    + "to the model; design activation leaves it out.");
        }
        if (parts.pagerEndpoint() == null) {
            throw new SweepException("axis " + axis + ": pager '" + parts.pager().getName() + "' receives on no endpoint "
                    + "other than reply endpoints; give it one for its clients' faults.");
        }
    }

    /** Clears every path from {@code p} to the pager: its handler slot and memory handler slots. */
    private static void unwirePager(CoyotosSystem system, Process p, Parts parts) {
        if (parts.pager() == null) {
            return;
        }
        Endpoint h = Processes.entryTarget(p.getHandler());
        if (h != null && h.getRecipient() == parts.pager()) {
            p.setHandler(null);
        }
        for (MemoryObject m : Processes.spaceObjects(p)) {
            if (m instanceof Gpt g && g.isHa()) {
                Slot s = slot(g, Processes.HANDLER_SLOT);
                Endpoint e = s == null ? null : Processes.entryTarget(s.getCap());
                if (e != null && e.getRecipient() == parts.pager()) {
                    g.getSlots().remove(s);
                    g.setHa(false);
                }
            }
        }
    }

    private static void wireMemoryHandler(Process p, Parts parts, String axis) throws SweepException {
        MemoryObject root = Processes.spaceRoot(p);
        if (!(root instanceof Gpt g)) {
            throw new SweepException("axis " + axis + ": design memory-handler needs the space of '" + p.getName()
                    + "' to start at a GPT, whose slot 15 then names the handler (spec §4.3).");
        }
        Slot s = slot(g, Processes.HANDLER_SLOT);
        if (s != null && !ModelIndex.isEmpty(s.getCap())) {
            throw new SweepException("axis " + axis + ": design memory-handler needs slot 15 of GPT '" + g.getName()
                    + "' for the handler's entry capability (spec §4.3), but it holds a "
                    + s.getCap().eClass().getName() + ".");
        }
        if (s == null) {
            s = CoyotosFactory.eINSTANCE.createSlot();
            s.setIndex(Processes.HANDLER_SLOT);
            g.getSlots().add(s);
        }
        s.setCap(entry(parts.pagerEndpoint()));
        g.setHa(true);
    }

    private static Endpoint memoryHandlerEndpoint(Process p) {
        for (MemoryObject m : Processes.spaceObjects(p)) {
            if (m instanceof Gpt g && g.isHa()) {
                Slot s = slot(g, Processes.HANDLER_SLOT);
                Endpoint e = s == null ? null : Processes.entryTarget(s.getCap());
                if (e != null) {
                    return e;
                }
            }
        }
        return null;
    }

    /** Whether any process's handler slot or any GPT's slot 15 names an endpoint the pager receives on. */
    private static boolean handlesAnyone(CoyotosSystem system, Process pager) {
        for (KernelObject o : system.getObjects()) {
            if (o instanceof Process q && q != pager && receivesFrom(q.getHandler(), pager)) {
                return true;
            }
            if (o instanceof Gpt g && g.isHa()) {
                Slot s = slot(g, Processes.HANDLER_SLOT);
                if (s != null && receivesFrom(s.getCap(), pager)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean receivesFrom(Capability c, Process pager) {
        Endpoint e = Processes.entryTarget(c);
        return e != null && e.getRecipient() == pager;
    }

    private static Slot slot(Gpt g, int index) {
        for (Slot s : g.getSlots()) {
            if (s.getIndex() == index) {
                return s;
            }
        }
        return null;
    }

    private static EntryCapability entry(Endpoint e) {
        EntryCapability c = CoyotosFactory.eINSTANCE.createEntryCapability();
        c.setTarget(e);
        return c;
    }
}
