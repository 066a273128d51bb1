package coyotos.studio.sweep.model;

import coyotos.studio.model.Capability;
import coyotos.studio.model.CapPage;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Endpoint;
import coyotos.studio.model.EntryCapability;
import coyotos.studio.model.Gpt;
import coyotos.studio.model.KernelObject;
import coyotos.studio.model.MemoryCapability;
import coyotos.studio.model.MemoryObject;
import coyotos.studio.model.Process;
import coyotos.studio.model.Slot;
import coyotos.studio.model.validation.ModelIndex;
import coyotos.studio.sweep.SweepException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Finding the process an axis acts on, and what belongs to a process's address space. */
public final class Processes {

    /** spec §4.3: slot 15 of a GPT with {@code ha} holds the entry capability of its memory handler. */
    static final int HANDLER_SLOT = 15;

    private Processes() {
    }

    /** The process named {@code name}, or the model's one client process when {@code name} is null. */
    public static Process find(CoyotosSystem system, String name, String axis) throws SweepException {
        if (name == null) {
            return client(system, axis);
        }
        List<Process> found = new ArrayList<>();
        for (KernelObject o : system.getObjects()) {
            if (o instanceof Process p && name.equals(p.getName())) {
                found.add(p);
            }
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.size() > 1) {
            throw new SweepException("axis " + axis + ": " + found.size() + " processes are named '" + name
                    + "'; rename one so the axis names a single process.");
        }
        throw new SweepException("axis " + axis + ": the model has no process named '" + name + "'; its processes are "
                + names(processes(system)) + ".");
    }

    /**
     * The process a design or replicate axis acts on when the axis names none: the one process that runs a
     * program of its own and handles nobody's faults (the application, as opposed to pagers and servers).
     */
    static Process client(CoyotosSystem system, String axis) throws SweepException {
        ModelIndex index = new ModelIndex(system);
        List<Process> clients = new ArrayList<>();
        for (Process p : processes(system)) {
            if (!index.receives(p) && p.getWorkload() != null && !p.getWorkload().getSteps().isEmpty()) {
                clients.add(p);
            }
        }
        if (clients.size() == 1) {
            return clients.get(0);
        }
        String keyword = axis.contains(":") ? axis.substring(0, axis.indexOf(':')) : axis;
        if (clients.isEmpty()) {
            throw new SweepException("axis " + axis + ": the model has no application process (one with a program that "
                    + "does not receive); name the process: " + keyword + ":NAME. Its processes are "
                    + names(processes(system)) + ".");
        }
        throw new SweepException("axis " + axis + ": the model has several application processes (" + names(clients)
                + "); say which: " + keyword + ":" + clients.get(0).getName() + ".");
    }

    static List<Process> processes(CoyotosSystem system) {
        List<Process> out = new ArrayList<>();
        for (KernelObject o : system.getObjects()) {
            if (o instanceof Process p) {
                out.add(p);
            }
        }
        return out;
    }

    static String names(List<Process> ps) {
        return ps.isEmpty() ? "none" : String.join(", ", ps.stream().map(p -> "'" + p.getName() + "'").toList());
    }

    /** The object the process's address-space capability names, or null. */
    static MemoryObject spaceRoot(Process p) {
        return p.getAddressSpace() instanceof MemoryCapability m ? m.getTargetObject() : null;
    }

    /** Every GPT, page and cap page the process can reach through its address space, in walk order. */
    static Set<MemoryObject> spaceObjects(Process p) {
        Set<MemoryObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<MemoryObject> ordered = new LinkedHashSet<>();
        MemoryObject root = spaceRoot(p);
        Deque<MemoryObject> work = new ArrayDeque<>();
        if (root != null) {
            work.add(root);
        }
        while (!work.isEmpty()) {
            MemoryObject o = work.poll();
            if (!seen.add(o)) {
                continue;
            }
            ordered.add(o);
            if (o instanceof Gpt g) {
                for (Slot s : g.getSlots()) {
                    if (s.getCap() instanceof MemoryCapability m && m.getTargetObject() != null) {
                        work.add(m.getTargetObject());
                    }
                }
            } else if (o instanceof CapPage) {
                // the capabilities a cap page holds are data, not part of the space the walk follows (§4.3)
                continue;
            }
        }
        return ordered;
    }

    /** The endpoint an entry capability names, or null. */
    static Endpoint entryTarget(Capability c) {
        return c instanceof EntryCapability e ? e.getTarget() : null;
    }
}
