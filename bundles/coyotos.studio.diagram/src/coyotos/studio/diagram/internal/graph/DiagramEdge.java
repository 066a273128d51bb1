package coyotos.studio.diagram.internal.graph;

import org.eclipse.emf.ecore.EObject;

/**
 * A capability (or recipient reference) a diagram draws as an edge. {@code element} is what deleting the edge
 * removes; {@code slot} is the slot index for slot edges, else null.
 */
public record DiagramEdge(String id, String type, String sourceId, String targetId, String text, Integer slot,
        EObject element) {
}
