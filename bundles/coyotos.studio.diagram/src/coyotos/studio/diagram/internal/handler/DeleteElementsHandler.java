package coyotos.studio.diagram.internal.handler;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.DeleteOperation;

import com.google.inject.Inject;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.diagram.EditedModel;
import coyotos.studio.diagram.internal.graph.DiagramContent;
import coyotos.studio.diagram.internal.graph.DiagramEdge;
import coyotos.studio.diagram.internal.graph.DiagramNode;
import coyotos.studio.diagram.internal.server.CoyotosModelState;
import coyotos.studio.model.CoyotosPackage;

/**
 * Delete: a node deletes its model object and every capability that designated it (EMF's delete clears the
 * references); an edge deletes the capability (or register, or slot) it stands for, or clears a recipient.
 */
public class DeleteElementsHandler extends BasicOperationHandler<DeleteOperation> {

    @Inject
    protected CoyotosModelState state;

    @Override
    public Optional<Command> createCommand(DeleteOperation operation) {
        EditedModel model = state.model();
        DiagramContent content = state.content();
        return Optional.ofNullable(model.access().call(() -> {
            Set<EObject> doomed = new LinkedHashSet<>();
            CompoundCommand delete = new CompoundCommand("Delete");
            for (String id : operation.getElementIds()) {
                DiagramNode node = content.node(id);
                DiagramEdge edge = content.edge(id);
                if (content.isDerived(id)) {
                    continue; // loaded from a program image: the file, not the diagram, holds it
                }
                if (node != null) {
                    doomed.add(node.element());
                } else if (edge != null && DiagramKinds.RECIPIENT_EDGE.equals(edge.type())) {
                    delete.append(SetCommand.create(model.domain(), edge.element(),
                            CoyotosPackage.Literals.ENDPOINT__RECIPIENT, SetCommand.UNSET_VALUE));
                } else if (edge != null) {
                    doomed.add(edge.element());
                }
            }
            if (!doomed.isEmpty()) {
                delete.append(DeleteCommand.create(model.domain(), doomed));
            }
            return delete.isEmpty() ? null : delete.unwrap();
        }));
    }
}
