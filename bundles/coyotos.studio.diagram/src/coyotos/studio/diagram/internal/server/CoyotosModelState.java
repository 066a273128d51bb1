package coyotos.studio.diagram.internal.server;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.di.DiagramType;
import org.eclipse.glsp.server.model.DefaultGModelState;

import com.google.inject.Inject;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.diagram.EditedModel;
import coyotos.studio.diagram.internal.graph.DiagramContent;
import coyotos.studio.diagram.internal.graph.Findings;

/**
 * A diagram session's state. Commands go to the model's own stack (the one the tree page uses), run where the
 * model may be touched, so undo, redo and the dirty flag are one for the whole editor.
 */
public class CoyotosModelState extends DefaultGModelState {

    @Inject
    @DiagramType
    protected String diagramType;

    private EditedModel model;
    private String processId;
    private DiagramContent content = new DiagramContent();
    private List<Findings.Placed> findings = List.of();
    private volatile boolean executing;

    void bind(EditedModel edited, String process) {
        this.model = edited;
        this.processId = process;
    }

    public EditedModel model() {
        return model;
    }

    /** The process an address-space diagram shows (null for the process layout). */
    public String processId() {
        return processId;
    }

    /** The key of this diagram's positions in the layout file. */
    public String layoutKey() {
        return DiagramKinds.layoutKey(diagramType(), processId);
    }

    public String diagramType() {
        return diagramType;
    }

    /** What the diagram showed when it was last built: operations resolve ids against it. */
    public DiagramContent content() {
        return content;
    }

    void setContent(DiagramContent content) {
        this.content = content;
    }

    /** The rule findings placed on drawn elements when the diagram was last built. */
    public List<Findings.Placed> findings() {
        return findings;
    }

    void setFindings(List<Findings.Placed> findings) {
        this.findings = findings;
    }

    /** True while this session's own command runs, so its stack listener does not refresh twice. */
    boolean isExecuting() {
        return executing;
    }

    @Override
    public void execute(Command command) {
        onSharedStack(() -> model.commandStack().execute(command));
    }

    @Override
    public boolean canUndo() {
        return model != null && model.commandStack().canUndo();
    }

    @Override
    public boolean canRedo() {
        return model != null && model.commandStack().canRedo();
    }

    @Override
    public void undo() {
        onSharedStack(() -> model.commandStack().undo());
    }

    @Override
    public void redo() {
        onSharedStack(() -> model.commandStack().redo());
    }

    private void onSharedStack(Runnable change) {
        model.access().run(() -> {
            executing = true;
            try {
                change.run();
            } finally {
                executing = false;
            }
        });
    }

    @Override
    public boolean isDirty() {
        return model != null && model.commandStack().isSaveNeeded();
    }

    @Override
    public void saveIsDone() {
        // the saver (the editor's save) marks the shared stack saved
    }
}
