package coyotos.studio.diagram.internal.handler;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;

import com.google.inject.Inject;

import coyotos.studio.diagram.layout.Bounds;
import coyotos.studio.diagram.internal.server.CoyotosModelState;

/** Move and resize: only the layout changes, as an undoable command on the model's stack. */
public class ChangeBoundsHandler extends BasicOperationHandler<ChangeBoundsOperation> {

    @Inject
    protected CoyotosModelState state;

    @Override
    public Optional<Command> createCommand(ChangeBoundsOperation operation) {
        Map<String, Bounds> moved = new LinkedHashMap<>();
        for (ElementAndBounds change : operation.getNewBounds()) {
            if (state.content().node(change.getElementId()) != null) {
                moved.put(change.getElementId(), new Bounds(change.getNewPosition().getX(),
                        change.getNewPosition().getY(), change.getNewSize().getWidth(), change.getNewSize().getHeight()));
            }
        }
        return moved.isEmpty() ? doNothing()
                : Optional.of(new ChangeBoundsCommand(state.model().layout(), state.layoutKey(), moved, "Move"));
    }
}
