package coyotos.studio.diagram.internal.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import coyotos.studio.diagram.layout.Bounds;
import coyotos.studio.diagram.layout.DiagramLayout;

/**
 * Gives every node of a diagram a position: the stored one if there is one; with no stored position at all
 * (first open, or a layout file that was missing or unreadable) the whole diagram is laid out with ELK; nodes
 * added elsewhere (the tree page) are stacked in a column right of the others rather than over them.
 */
public final class Placement {

    /** Positions every node of {@code content} in {@code layout}; returns how many had to be placed. */
    public static int place(DiagramContent content, DiagramLayout layout, String diagram) {
        Set<String> live = content.nodes().stream().map(DiagramNode::id).collect(Collectors.toSet());
        layout.retainOnly(diagram, live);
        if (layout.isEmpty(diagram)) {
            Map<String, Bounds> placed = elk(content, layout, diagram);
            placed.forEach((id, bounds) -> layout.put(diagram, id, bounds));
            return placed.size();
        }
        List<DiagramNode> missing = new ArrayList<>();
        double right = 0;
        double top = Double.MAX_VALUE;
        for (DiagramNode node : content.nodes()) {
            Bounds bounds = layout.get(diagram, node.id());
            if (bounds == null) {
                missing.add(node);
            } else {
                right = Math.max(right, bounds.x() + bounds.width());
                top = Math.min(top, bounds.y());
            }
        }
        double y = top == Double.MAX_VALUE ? 24 : top;
        for (DiagramNode node : missing) {
            layout.put(diagram, node.id(), new Bounds(right + 60, y, node.width(), node.height()));
            y += node.height() + 24;
        }
        return missing.size();
    }

    /** A full ELK layout of the diagram, keeping the sizes the user gave (default sizes where there are none). */
    public static Map<String, Bounds> elk(DiagramContent content, DiagramLayout layout, String diagram) {
        List<ElkLayouter.Node> nodes = content.nodes().stream().map(n -> {
            Bounds b = layout.get(diagram, n.id());
            return new ElkLayouter.Node(n.id(), b == null ? n.width() : b.width(), b == null ? n.height() : b.height());
        }).toList();
        return ElkLayouter.layout(nodes, edges(content));
    }

    private static List<ElkLayouter.Edge> edges(DiagramContent content) {
        return content.edges().stream().map(e -> new ElkLayouter.Edge(e.sourceId(), e.targetId())).toList();
    }

    private Placement() {
    }
}
