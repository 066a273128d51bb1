package coyotos.studio.diagram.internal.graph;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one diagram shows of the model: its nodes and edges, in model order, not yet placed. */
public final class DiagramContent {

    private final Map<String, DiagramNode> nodes = new LinkedHashMap<>();
    private final Map<String, DiagramEdge> edges = new LinkedHashMap<>();
    private final Set<String> derived = new HashSet<>();

    void add(DiagramNode node) {
        nodes.putIfAbsent(node.id(), node);
    }

    /** Edges whose ends are not both shown are left out: a diagram never draws a dangling edge. */
    void add(DiagramEdge edge) {
        if (nodes.containsKey(edge.sourceId()) && nodes.containsKey(edge.targetId())) {
            edges.putIfAbsent(edge.id(), edge);
        }
    }

    /** A node or edge computed from something other than the model (a loaded program image): shown, not edited. */
    void addDerived(DiagramNode node) {
        add(node);
        derived.add(node.id());
    }

    void addDerived(DiagramEdge edge) {
        add(edge);
        if (edges.containsKey(edge.id())) {
            derived.add(edge.id());
        }
    }

    /** Whether {@code id} is a derived node or edge: one no model element stands behind. */
    public boolean isDerived(String id) {
        return derived.contains(id);
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
