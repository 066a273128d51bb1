package coyotos.studio.diagram.internal.server;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;

import com.google.inject.Inject;

/** Sends the rebuilt diagram after a change made outside it. */
public class RefreshDiagramHandler extends AbstractActionHandler<RefreshDiagramAction> {

    @Inject
    protected ModelSubmissionHandler submission;

    @Override
    protected List<Action> executeAction(RefreshDiagramAction action) {
        return submission.submitModel();
    }
}
