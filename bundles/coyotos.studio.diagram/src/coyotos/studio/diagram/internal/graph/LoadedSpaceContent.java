package coyotos.studio.diagram.internal.graph;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.sim.image.CapType;
import coyotos.studio.sim.image.Capability;
import coyotos.studio.sim.image.Gpt;
import coyotos.studio.sim.image.ProgramSpace;
import coyotos.studio.sim.image.Restrictions;
import coyotos.studio.sim.model.ProgramImage;

/**
 * The space a process's program image is loaded into (mkimage's loadimage, {@code ccs/mkimage/builtin.cxx}), as
 * {@link ProgramImage} — the loader the simulator's translator runs — builds it: its GPTs and pages, each page
 * with the addresses it is mapped at, their rights and the ELF file and PT_LOAD segments it came from. These
 * nodes and edges stand for no model element: they are derived, drawn as loaded and cannot be edited, deleted
 * or connected; the model changes them only through the image file.
 */
final class LoadedSpaceContent {

    /** Edge text on the process's edge to the loaded space: the space the simulator runs. */
    static final String RUNS = "runs · ";
    /** Edge text on the model's own space edge when a program image replaces it (ProcessTranslator). */
    static final String REPLACED = "not run: the program image's space replaces it";

    private final DiagramContent content;
    private final String processId;
    private final String file;

    private LoadedSpaceContent(DiagramContent content, String processId, String file) {
        this.content = content;
        this.processId = processId;
        this.file = file;
    }

    /** Adds the loaded space of {@code image} below the process node {@code processId}. */
    static void add(DiagramContent content, String processId, ProgramImage image) {
        ProgramSpace space = image.space();
        Path name = image.file() == null ? null : image.file().getFileName();
        new LoadedSpaceContent(content, processId, name == null ? image.path() : name.toString()).add(space);
    }

    private void add(ProgramSpace space) {
        Map<String, List<ProgramSpace.Placement>> placesByPage = new LinkedHashMap<>();
        for (ProgramSpace.Placement place : space.places()) {
            placesByPage.computeIfAbsent(place.page(), k -> new java.util.ArrayList<>()).add(place);
        }
        for (Gpt gpt : space.gpts()) {
            content.addDerived(derivedNode(gpt.id(), DiagramKinds.GPT, shortName(gpt.id()),
                    "l2v " + gpt.l2v() + " · loaded from " + file));
        }
        placesByPage.forEach((page, places) -> content
                .addDerived(derivedNode(page, DiagramKinds.PAGE, address(places), pageDetail(places))));
        Capability root = space.space();
        if (root.type() != CapType.NULL) {
            content.addDerived(new DiagramEdge(processId + "#loaded-space", DiagramKinds.SPACE_EDGE, processId,
                    root.target(), RUNS + guard(root), null, null));
        }
        for (Gpt gpt : space.gpts()) {
            for (int i = 0; i < Gpt.SLOTS; i++) {
                Capability slot = gpt.slot(i);
                if (slot.type() != CapType.NULL) {
                    content.addDerived(new DiagramEdge(gpt.id() + "#" + i, DiagramKinds.SLOT_EDGE, gpt.id(),
                            slot.target(), guard(slot), i, null));
                }
            }
        }
    }

    private static DiagramNode derivedNode(String id, String type, String name, String detail) {
        NodeLabels.Layout fit = NodeLabels.layout(type, name, detail, NodeSizes.width(type), NodeSizes.height(type));
        return new DiagramNode(id, type, name, detail, fit.width(), fit.height(), null);
    }

    /** "gpt0" of "p/image/gpt0": the process is the diagram's. */
    private static String shortName(String id) {
        return id.substring(id.lastIndexOf('/') + 1);
    }

    /** The addresses a page is mapped at: "0x8049000", or "0x8048000, 0x8049000" for a shared file page. */
    private static String address(List<ProgramSpace.Placement> places) {
        StringJoiner text = new StringJoiner(", ");
        places.forEach(p -> text.add("0x" + Long.toHexString(p.address())));
        return text.toString();
    }

    /** "r-x · prog.elf seg 0 @0x0", or ".bss of seg 1" for a page no file bytes fill. */
    private String pageDetail(List<ProgramSpace.Placement> places) {
        ProgramSpace.Placement first = places.get(0);
        StringJoiner rights = new StringJoiner(" ");
        StringJoiner segments = new StringJoiner(",");
        places.forEach(p -> rights.add(p.rights()));
        places.stream().flatMap(p -> p.segments().stream()).distinct().forEach(s -> segments.add(s.toString()));
        String origin = first.fileOffset() < 0 ? file + " .bss of seg " + segments
                : file + " seg " + segments + " @0x" + Long.toHexString(first.fileOffset());
        return rights + " · " + origin;
    }

    /** As the model's capabilities are labelled (CapabilityLabels.guard): {@code guard 0x0/12 · RO · NX}. */
    static String guard(Capability cap) {
        StringBuilder text = new StringBuilder("guard 0x").append(Long.toHexString(cap.guardMatch())).append('/')
                .append(cap.l2g());
        if ((cap.restrictions() & Restrictions.RO) != 0) {
            text.append(" · RO");
        }
        if ((cap.restrictions() & Restrictions.NX) != 0) {
            text.append(" · NX");
        }
        return text.toString();
    }
}
