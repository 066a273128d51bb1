package coyotos.studio.diagram.internal.graph;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.diagram.EditedModel;
import coyotos.studio.model.NamedElement;

/** Makes the diagram node of a model element, sized for its labels. */
final class NodeFactory {

    private final EditedModel model;

    NodeFactory(EditedModel model) {
        this.model = model;
    }

    /** The node's size is its type's default, grown to fit its labels, so a layout leaves room for them. */
    DiagramNode node(EObject element, String type, String detail) {
        String name = element instanceof NamedElement named && named.getName() != null ? named.getName() : "";
        NodeLabels.Layout fit = NodeLabels.layout(type, name, detail, NodeSizes.width(type), NodeSizes.height(type));
        return new DiagramNode(model.idOf(element), type, name, detail, fit.width(), fit.height(), element);
    }

    String id(EObject element) {
        return model.idOf(element);
    }
}
