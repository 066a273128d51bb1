package coyotos.studio.diagram.internal.graph;

import org.eclipse.emf.ecore.EObject;

/** A node a diagram shows for one model element, before it is placed. */
public record DiagramNode(String id, String type, String name, String detail, double width, double height,
        EObject element) {
}
