package coyotos.studio.diagram.internal.graph;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.GreedySwitchType;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import coyotos.studio.diagram.layout.Bounds;

/**
 * Places the nodes of one diagram with ELK's layered algorithm: capability edges run left to right, from
 * holder to object, which reads like the kernel's own pointer chase.
 */
public final class ElkLayouter {

    /** From this many nodes on, layout trades a few edge crossings for time. */
    static final int LARGE = 500;

    public record Node(String id, double width, double height) {
    }

    public record Edge(String sourceId, String targetId) {
    }

    static {
        // ELK finds its algorithms through ServiceLoader, which sees nothing across OSGi bundles: register by hand.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    public static Map<String, Bounds> layout(List<Node> nodes, List<Edge> edges) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 36.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 80.0);
        root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(24));
        if (nodes.size() > LARGE) {
            // Big systems: fewer crossing-minimisation passes keep the first open well under a second.
            root.setProperty(LayeredOptions.THOROUGHNESS, 1);
            root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE, GreedySwitchType.OFF);
        }
        Map<String, ElkNode> byId = new HashMap<>();
        for (Node node : nodes) {
            ElkNode elk = ElkGraphUtil.createNode(root);
            elk.setIdentifier(node.id());
            elk.setDimensions(node.width(), node.height());
            byId.put(node.id(), elk);
        }
        for (Edge edge : edges) {
            ElkNode source = byId.get(edge.sourceId());
            ElkNode target = byId.get(edge.targetId());
            if (source != null && target != null && source != target) {
                ElkGraphUtil.createSimpleEdge(source, target);
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        Map<String, Bounds> placed = new LinkedHashMap<>();
        for (Node node : nodes) {
            ElkNode elk = byId.get(node.id());
            placed.put(node.id(), new Bounds(elk.getX(), elk.getY(), elk.getWidth(), elk.getHeight()));
        }
        return placed;
    }

    private ElkLayouter() {
    }
}
