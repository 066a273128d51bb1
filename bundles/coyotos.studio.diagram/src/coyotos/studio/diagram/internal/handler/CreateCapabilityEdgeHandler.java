package coyotos.studio.diagram.internal.handler;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;

import com.google.inject.Inject;

import coyotos.studio.diagram.EditedModel;
import coyotos.studio.diagram.internal.server.CoyotosModelState;

/**
 * Draws a capability from the palette: the edge's ends are resolved to model objects and the subclass says what
 * the capability is and where it is held; an edge between objects that cannot hold it changes nothing.
 */
public abstract class CreateCapabilityEdgeHandler extends BasicOperationHandler<CreateEdgeOperation>
        implements CreateOperationHandler<CreateEdgeOperation> {

    @Inject
    protected CoyotosModelState state;

    private final String edgeType;
    private final String label;

    protected CreateCapabilityEdgeHandler(String edgeType, String label) {
        this.edgeType = edgeType;
        this.label = label;
    }

    /** The command that makes {@code source} hold a capability to {@code target}, or null if it cannot. */
    protected abstract Command connect(EditedModel model, EObject source, EObject target);

    @Override
    public List<String> getHandledElementTypeIds() {
        return List.of(edgeType);
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public Optional<Command> createCommand(CreateEdgeOperation operation) {
        EditedModel model = state.model();
        return Optional.ofNullable(model.access().call(() -> {
            EObject source = model.byId(operation.getSourceElementId());
            EObject target = model.byId(operation.getTargetElementId());
            return source == null || target == null ? null : connect(model, source, target);
        }));
    }
}
