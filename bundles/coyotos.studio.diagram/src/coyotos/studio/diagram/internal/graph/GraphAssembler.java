package coyotos.studio.diagram.internal.graph;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.builder.GModelElementBuilder;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GEdgePlacementBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GIssueBuilder;
import org.eclipse.glsp.graph.builder.impl.GIssueMarkerBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.diagram.layout.Bounds;
import coyotos.studio.diagram.layout.DiagramLayout;

/** Turns placed diagram content into the GModel graph GLSP sends to the page. */
public final class GraphAssembler {

    /** Label ids: the element id plus a suffix, so a label edit finds its element again. */
    public static final String NAME_SUFFIX = "_name";
    public static final String SLOT_SUFFIX = "_slot";

    /** The id suffix and GModel type of an element's issue marker (sprotty's {@code DefaultTypes.ISSUE_MARKER}). */
    public static final String MARKER_SUFFIX = "_marker";
    public static final String MARKER_TYPE = "marker";

    /**
     * The graph with each element's rule findings on it: the element's CSS classes and an issue marker child
     * with one issue per finding. The findings travel inside the model, not as a separate SetMarkersAction, so
     * the page draws a large diagram once with its markers instead of drawing it and then again to add them.
     */
    public static GGraph assemble(DiagramContent content, DiagramLayout layout, String diagram,
            Map<String, List<Findings.Placed>> findingsByElement) {
        GGraphBuilder graph = new GGraphBuilder().id(diagram);
        for (DiagramNode node : content.nodes()) {
            GNodeBuilder builder = node(node, layout.get(diagram, node.id()));
            decorate(builder, content, node.id(), findingsByElement);
            graph.add(builder.build());
        }
        for (DiagramEdge edge : content.edges()) {
            GEdgeBuilder builder = edge(edge);
            decorate(builder, content, edge.id(), findingsByElement);
            graph.add(builder.build());
        }
        return graph.build();
    }

    /** A derived element (loaded from a program image) is marked so; no rule finding can concern it. */
    private static void decorate(GModelElementBuilder<?, ?> element, DiagramContent content, String id,
            Map<String, List<Findings.Placed>> findingsByElement) {
        if (content.isDerived(id)) {
            element.addCssClass(DiagramKinds.LOADED_CLASS);
        } else {
            mark(element, id, findingsByElement.get(id));
        }
    }

    /**
     * What the page's own marker handling (GLSP's ApplyMarkersCommand) gave an element with findings, so the
     * drawing is the one users know: the worst severity as sprotty's class ({@code error}, {@code warning}), which
     * glsp-sprotty.css draws as a glow around the outline, and the issue marker.
     */
    private static void mark(GModelElementBuilder<?, ?> element, String id, List<Findings.Placed> findings) {
        if (findings == null || findings.isEmpty()) {
            return;
        }
        element.addCssClass(severity(Findings.anyError(findings)));
        GIssueMarkerBuilder marker = new GIssueMarkerBuilder(MARKER_TYPE).id(id + MARKER_SUFFIX);
        for (Findings.Placed placed : findings) {
            marker.addIssue(new GIssueBuilder().severity(severity(placed.finding().severity() >= Diagnostic.ERROR))
                    .message(placed.finding().message()).build());
        }
        element.add(marker.build());
    }

    /** sprotty's names of the severities (SIssueSeverity), used as issue severity and as CSS class. */
    private static String severity(boolean error) {
        return error ? "error" : "warning";
    }

    private static GNodeBuilder node(DiagramNode node, Bounds bounds) {
        // The server places every label (the page shows the model as sent, with no measuring pass of its own):
        // a node grows where its labels need room; its position and the size the user gave stay as stored.
        NodeLabels.Layout labels = NodeLabels.layout(node.type(), node.name(), node.detail(), bounds.width(),
                bounds.height());
        GNodeBuilder builder = new GNodeBuilder(node.type()).id(node.id())
                .position(round(bounds.x()), round(bounds.y())).size(round(labels.width()), round(labels.height()))
                .add(label(DiagramKinds.NAME_LABEL, node.id() + NAME_SUFFIX, node.name(), labels.name()));
        if (labels.detail() != null) {
            builder.add(label(DiagramKinds.DETAIL_LABEL, node.id() + "_detail", node.detail(), labels.detail()));
        }
        return builder;
    }

    private static GEdgeBuilder edge(DiagramEdge edge) {
        GEdgeBuilder builder = new GEdgeBuilder(edge.type()).id(edge.id()).sourceId(edge.sourceId())
                .targetId(edge.targetId());
        if (edge.slot() != null) {
            // on the line near the source end, where a slot belongs (the page's halo keeps it readable there)
            builder.add(edgeLabel(DiagramKinds.SLOT_LABEL, edge.id() + SLOT_SUFFIX, String.valueOf(edge.slot()),
                    LabelFont.SLOT, "on", 0.15, 0));
        }
        if (edge.text() != null && !edge.text().isEmpty()) {
            builder.add(edgeLabel(DiagramKinds.EDGE_LABEL, edge.id() + "_label", edge.text(), LabelFont.EDGE, "top",
                    0.55, 4));
        }
        return builder;
    }

    private static GLabel label(String type, String id, String text, NodeLabels.Box box) {
        return new GLabelBuilder(type).id(id).text(text).position(round(box.x()), round(box.y()))
                .size(box.width(), box.height()).alignment(box.anchorX(), box.anchorY()).build();
    }

    private static GLabel edgeLabel(String type, String id, String text, LabelFont font, String side, double position,
            double offset) {
        NodeLabels.Box box = NodeLabels.edgeLabel(font, text);
        return new GLabelBuilder(type).id(id).text(text).size(box.width(), box.height())
                .alignment(box.anchorX(), box.anchorY()).edgePlacement(new GEdgePlacementBuilder().side(side)
                        .position(position).offset(offset).rotate(false).build())
                .build();
    }

    /** Tenths of a pixel: finer is invisible, and a 2,000-node diagram is a large message. */
    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private GraphAssembler() {
    }
}
