package coyotos.studio.diagram.internal.handler;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.operations.BasicOperationHandler;

import com.google.inject.Inject;

import coyotos.studio.diagram.EditedModel;
import coyotos.studio.diagram.internal.server.CoyotosModelState;
import coyotos.studio.model.validation.fixes.Fix;
import coyotos.studio.model.validation.fixes.RuleFixes;

/**
 * A quick fix chosen in the diagram: computed again on the model as it is now (the finding may be gone), then
 * executed as one command on the editor's stack, so Edit &gt; Undo takes it back wherever the user is.
 */
public class ApplyQuickFixHandler extends BasicOperationHandler<ApplyQuickFixOperation> {

    @Inject
    protected CoyotosModelState state;

    @Override
    public Optional<Command> createCommand(ApplyQuickFixOperation operation) {
        EditedModel model = state.model();
        return Optional.ofNullable(model.access().call(() -> {
            EObject element = model.byId(operation.getElementId());
            if (element == null || model.system() == null) {
                return null;
            }
            return RuleFixes.fixesFor(model.system(), operation.getRuleId(), element).stream()
                    .filter(fix -> fix.key().equals(operation.getFixKey())).findFirst()
                    .map(fix -> fix.command(element)).orElse(null);
        }));
    }

    /** The command palette's entry for a fix of the finding about {@code element}. */
    public static ApplyQuickFixOperation operationFor(EditedModel model, EObject element, String ruleId, Fix fix) {
        return new ApplyQuickFixOperation(model.idOf(element), ruleId, fix.key());
    }
}
