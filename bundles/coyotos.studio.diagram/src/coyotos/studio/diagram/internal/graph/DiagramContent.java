package coyotos.studio.diagram.internal.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one diagram shows of the model: its nodes and edges, in model order, not yet placed. */
public final class DiagramContent {

    private final Map<String, DiagramNode> nodes = new LinkedHashMap<>();
    private final Map<String, DiagramEdge> edges = new LinkedHashMap<>();

    void add(DiagramNode node) {
        nodes.putIfAbsent(node.id(), node);
    }

    /** Edges whose ends are not both shown are left out: a diagram never draws a dangling edge. */
    void add(DiagramEdge edge) {
        if (nodes.containsKey(edge.sourceId()) && nodes.containsKey(edge.targetId())) {
            edges.putIfAbsent(edge.id(), edge);
        }
    }

    public boolean contains(String id) {
        return nodes.containsKey(id) || edges.containsKey(id);
    }

    public List<DiagramNode> nodes() {
        return List.copyOf(nodes.values());
    }

    public DiagramNode node(String id) {
        return nodes.get(id);
    }

    public List<DiagramEdge> edges() {
        return List.copyOf(edges.values());
    }

    public DiagramEdge edge(String id) {
        return edges.get(id);
    }
}
