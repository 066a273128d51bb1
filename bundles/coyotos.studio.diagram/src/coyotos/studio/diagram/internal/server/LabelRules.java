package coyotos.studio.diagram.internal.server;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.directediting.ValidationStatus;

import com.google.inject.Inject;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.diagram.internal.handler.SlotMove;

/** Checks a label while the user types it: names must not be empty, slot labels must name a free slot. */
public class LabelRules implements LabelEditValidator {

    @Inject
    protected CoyotosModelState state;

    @Override
    public ValidationStatus validate(String text, GModelElement label) {
        if (DiagramKinds.SLOT_LABEL.equals(label.getType())) {
            String problem = state.model().access().call(() -> SlotMove.problem(state, label.getId(), text));
            return problem == null ? ValidationStatus.ok() : ValidationStatus.error(problem);
        }
        return text.isBlank() ? ValidationStatus.error("A name cannot be empty.") : ValidationStatus.ok();
    }
}
