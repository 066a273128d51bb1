package coyotos.studio.diagram.internal.graph;

import java.util.Map;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GEdgePlacementBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
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

    public static GGraph assemble(DiagramContent content, DiagramLayout layout, String diagram,
            Map<String, String> cssByElement) {
        GGraphBuilder graph = new GGraphBuilder().id(diagram);
        for (DiagramNode node : content.nodes()) {
            graph.add(node(node, layout.get(diagram, node.id()), css(content, node.id(), cssByElement)));
        }
        for (DiagramEdge edge : content.edges()) {
            graph.add(edge(edge, css(content, edge.id(), cssByElement)));
        }
        return graph.build();
    }

    /** A derived element (loaded from a program image) is marked so; no rule finding can concern it. */
    private static String css(DiagramContent content, String id, Map<String, String> cssByElement) {
        return content.isDerived(id) ? DiagramKinds.LOADED_CLASS : cssByElement.get(id);
    }

    private static GNode node(DiagramNode node, Bounds bounds, String css) {
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
        if (css != null) {
            builder.addCssClass(css);
        }
        return builder.build();
    }

    private static GEdge edge(DiagramEdge edge, String css) {
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
        if (css != null) {
            builder.addCssClass(css);
        }
        return builder.build();
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
