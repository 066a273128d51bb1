package coyotos.studio.diagram.internal.graph;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.diagram.EditedModel;
import coyotos.studio.model.edit.CapabilityLabels;
import coyotos.studio.model.CapPage;
import coyotos.studio.model.Capability;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Gpt;
import coyotos.studio.model.Page;
import coyotos.studio.model.Process;
import coyotos.studio.model.Slot;
import coyotos.studio.sim.model.ProgramImage;

/**
 * One process's address space: the process, the object its address-space capability designates, and the
 * GPT tree below it down to pages and capability pages, one edge per occupied slot. Memory objects that no
 * capability designates yet are shown too, so that a GPT or page just made from the palette can be connected.
 * A process that names a program image also shows the space that image is loaded into ({@link LoadedSpaceContent}).
 */
public final class AddressSpaceContent {

    public static DiagramContent of(EditedModel model, Process process) {
        DiagramContent content = new DiagramContent();
        CoyotosSystem system = model.system();
        if (system == null || process == null) {
            return content;
        }
        NodeFactory nodes = new NodeFactory(model);
        // A process with a program image runs the space the image is loaded into, not its model space
        // (ProcessTranslator): that space is drawn too, derived and marked as loaded.
        ProgramImage image = ProgramImage.of(process);
        String detail = ProcessLayoutContent.processDetail(process);
        if (image != null) {
            detail += image.space() != null ? " · runs " + image.path() : " · " + image.problem();
        }
        content.add(nodes.node(process, DiagramKinds.PROCESS, detail));
        Deque<EObject> pending = new ArrayDeque<>();
        Set<EObject> seen = new HashSet<>();
        EObject root = CapabilityLabels.target(process.getAddressSpace());
        if (isMemory(root)) {
            content.add(memoryNode(nodes, root));
            String guard = CapabilityLabels.guard(process.getAddressSpace());
            content.add(new DiagramEdge(nodes.id(process.getAddressSpace()), DiagramKinds.SPACE_EDGE, nodes.id(process),
                    nodes.id(root), image != null && image.space() != null ? LoadedSpaceContent.REPLACED + " · " + guard
                            : guard, null, process.getAddressSpace()));
            pending.add(root);
        }
        if (image != null && image.space() != null) {
            LoadedSpaceContent.add(content, nodes.id(process), image);
        }
        for (EObject orphan : unreferencedMemory(system)) {
            content.add(memoryNode(nodes, orphan));
            pending.add(orphan);
        }
        // Iterative walk: a malformed model may share subtrees or even loop, and must still draw.
        while (!pending.isEmpty()) {
            EObject parent = pending.poll();
            if (!seen.add(parent)) {
                continue;
            }
            for (Slot slot : slotsOf(parent)) {
                EObject child = CapabilityLabels.target(slot.getCap());
                if (!isMemory(child)) {
                    continue;
                }
                content.add(memoryNode(nodes, child));
                content.add(new DiagramEdge(nodes.id(slot), DiagramKinds.SLOT_EDGE, nodes.id(parent), nodes.id(child),
                        CapabilityLabels.guard(slot.getCap()), slot.getIndex(), slot));
                pending.add(child);
            }
        }
        return content;
    }

    static List<? extends Slot> slotsOf(EObject object) {
        return object instanceof Gpt gpt ? gpt.getSlots() : object instanceof CapPage page ? page.getSlots() : List.of();
    }

    private static boolean isMemory(EObject object) {
        return object instanceof Gpt || object instanceof Page || object instanceof CapPage;
    }

    private static DiagramNode memoryNode(NodeFactory nodes, EObject object) {
        if (object instanceof Gpt gpt) {
            return nodes.node(gpt, DiagramKinds.GPT,
                    "l2v " + gpt.getL2v() + (gpt.isHa() ? " · ha" : "") + (gpt.isBg() ? " · bg" : ""));
        }
        return object instanceof Page ? nodes.node(object, DiagramKinds.PAGE, "page")
                : nodes.node(object, DiagramKinds.CAP_PAGE, "capability page");
    }

    private static List<EObject> unreferencedMemory(CoyotosSystem system) {
        Set<EObject> designated = new HashSet<>();
        for (var it = EcoreUtil.<EObject>getAllContents(system, true); it.hasNext();) {
            if (it.next() instanceof Capability cap && CapabilityLabels.target(cap) != null) {
                designated.add(CapabilityLabels.target(cap));
            }
        }
        return system.getObjects().stream().<EObject>map(o -> o)
                .filter(o -> isMemory(o) && !designated.contains(o)).toList();
    }

    /** The process a space diagram shows: the one asked for, else the first process that has a space. */
    public static Process processFor(EditedModel model, String processId) {
        if (model.byId(processId) instanceof Process asked) {
            return asked;
        }
        List<Process> withSpace = processesWithSpace(model.system());
        if (!withSpace.isEmpty()) {
            return withSpace.get(0);
        }
        return model.system() == null ? null : model.system().getObjects().stream().filter(Process.class::isInstance)
                .map(Process.class::cast).findFirst().orElse(null);
    }

    /**
     * The processes whose address-space capability designates something, or that name a program image: those a
     * space diagram can show.
     */
    public static List<Process> processesWithSpace(CoyotosSystem system) {
        return system == null ? List.of() : system.getObjects().stream().filter(Process.class::isInstance)
                .map(Process.class::cast).filter(p -> CapabilityLabels.target(p.getAddressSpace()) != null
                        || (p.getProgramImage() != null && !p.getProgramImage().isBlank()))
                .toList();
    }

    private AddressSpaceContent() {
    }
}
