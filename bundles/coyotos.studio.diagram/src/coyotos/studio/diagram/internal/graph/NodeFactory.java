package coyotos.studio.diagram.internal.graph;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.diagram.EditedModel;
import coyotos.studio.model.NamedElement;

/** Makes the diagram node of a model element with the default size of its type. */
final class NodeFactory {

    private final EditedModel model;

    NodeFactory(EditedModel model) {
        this.model = model;
    }

    DiagramNode node(EObject element, String type, String detail) {
        String name = element instanceof NamedElement named && named.getName() != null ? named.getName() : "";
        return new DiagramNode(model.idOf(element), type, name, detail, NodeSizes.width(type), NodeSizes.height(type),
                element);
    }

    String id(EObject element) {
        return model.idOf(element);
    }
}
