package coyotos.studio.diagram.internal.handler;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.LayoutOperation;

import com.google.inject.Inject;

import coyotos.studio.diagram.internal.graph.Placement;
import coyotos.studio.diagram.internal.server.CoyotosModelState;

/** Layout: ELK places every node again (keeping sizes), as one undoable command. */
public class LayoutDiagramHandler extends BasicOperationHandler<LayoutOperation> {

    @Inject
    protected CoyotosModelState state;

    @Override
    public Optional<Command> createCommand(LayoutOperation operation) {
        var placed = Placement.elk(state.content(), state.model().layout(), state.layoutKey());
        return placed.isEmpty() ? doNothing()
                : Optional.of(new ChangeBoundsCommand(state.model().layout(), state.layoutKey(), placed, "Layout"));
    }
}
