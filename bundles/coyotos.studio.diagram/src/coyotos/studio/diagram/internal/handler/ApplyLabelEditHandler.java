package coyotos.studio.diagram.internal.handler;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.operations.BasicOperationHandler;

import com.google.inject.Inject;

import coyotos.studio.diagram.internal.graph.DiagramNode;
import coyotos.studio.diagram.internal.graph.GraphAssembler;
import coyotos.studio.diagram.internal.server.CoyotosModelState;
import coyotos.studio.model.CoyotosPackage;

/** Direct edit: a node's name label renames the object; a slot label moves the capability to another slot. */
public class ApplyLabelEditHandler extends BasicOperationHandler<ApplyLabelEditOperation> {

    @Inject
    protected CoyotosModelState state;

    @Override
    public Optional<Command> createCommand(ApplyLabelEditOperation operation) {
        String labelId = operation.getLabelId();
        String text = operation.getText();
        return Optional.ofNullable(state.model().access().call(() -> {
            if (labelId.endsWith(GraphAssembler.SLOT_SUFFIX)) {
                return SlotMove.command(state, labelId, text);
            }
            if (labelId.endsWith(GraphAssembler.NAME_SUFFIX) && !text.isBlank()) {
                DiagramNode node = state.content()
                        .node(labelId.substring(0, labelId.length() - GraphAssembler.NAME_SUFFIX.length()));
                return node == null || node.element() == null ? null : SetCommand.create(state.model().domain(), node.element(),
                        CoyotosPackage.Literals.NAMED_ELEMENT__NAME, text.trim());
            }
            return null;
        }));
    }
}
