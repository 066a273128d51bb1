package coyotos.studio.diagram.internal.server;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.types.GLSPServerException;

import com.google.inject.Inject;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.diagram.EditedModel;
import coyotos.studio.diagram.EditedModels;

/**
 * Binds a diagram session to the model an editor has open (or opens the file when none has), and saves through
 * it. Changes made elsewhere (tree page, Properties, undo from the Edit menu) refresh the diagram.
 */
public class CoyotosSourceModelStorage implements SourceModelStorage {

    public static final String SOURCE_URI = "sourceUri";

    @Inject
    protected CoyotosModelState state;

    @Inject
    protected ActionDispatcher dispatcher;

    @Override
    public void loadSourceModel(RequestModelAction action) {
        String sourceUri = action.getOptions().get(SOURCE_URI);
        if (sourceUri == null) {
            throw new GLSPServerException("The diagram page asked for no model (no sourceUri option).");
        }
        EditedModel model = EditedModels.find(sourceUri);
        try {
            if (model == null) {
                model = StandaloneModels.open(sourceUri);
            }
        } catch (RuntimeException e) {
            throw new GLSPServerException(e.getMessage(), e);
        }
        state.bind(model, action.getOptions().get(DiagramKinds.PROCESS_OPTION));
        // Refresh on the dispatcher's thread, never where the change happened: that may be the UI thread,
        // which a diagram build in progress could be waiting for.
        EditedModel edited = model;
        model.addStackListener(new CommandStackListener() {
            @Override
            public void commandStackChanged(EventObject event) {
                if (dispatcher.isDisposed()) {
                    // the session closed (its page reloaded or went away): stop listening to the model
                    edited.removeStackListener(this);
                } else if (!state.isExecuting()) {
                    dispatcher.dispatch(new RefreshDiagramAction());
                }
            }
        });
    }

    @Override
    public void saveSourceModel(SaveModelAction action) {
        EditedModel model = state.model();
        try {
            model.access().call(() -> {
                try {
                    model.save();
                    return null;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new GLSPServerException("Could not save " + model.resource().getURI().lastSegment() + ": "
                    + cause.getMessage(), cause);
        }
    }
}
