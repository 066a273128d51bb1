package coyotos.studio.diagram.internal.server;

import java.util.List;

import org.eclipse.glsp.server.features.core.model.GModelFactory;

import com.google.inject.Inject;

import coyotos.studio.diagram.EditedModel;
import coyotos.studio.diagram.internal.graph.DiagramContent;
import coyotos.studio.diagram.internal.graph.Findings;
import coyotos.studio.diagram.internal.graph.GraphAssembler;
import coyotos.studio.diagram.internal.graph.Placement;
import coyotos.studio.model.validation.RuleEngine;

/**
 * Builds the GModel of a diagram from the EMF model: what it shows, where (stored positions, ELK for the
 * rest) and which elements break a rule. Reads the model only where the model may be touched.
 */
public abstract class DiagramModelFactory implements GModelFactory {

    @Inject
    protected CoyotosModelState state;

    @Override
    public void createGModel() {
        EditedModel model = state.model();
        // Only reading the model needs its thread (the UI thread in Eclipse); placing the nodes, which may run
        // ELK over thousands of them, and building the graph happen here, off that thread.
        Read read = model.access().call(() -> {
            DiagramContent content = content(model);
            List<Findings.Placed> findings = model.system() == null ? List.of()
                    : Findings.place(RuleEngine.INSTANCE.check(model.system()), content, model);
            return new Read(content, findings);
        });
        Placement.place(read.content(), model.layout(), state.layoutKey());
        state.setContent(read.content());
        state.setFindings(read.findings());
        state.updateRoot(GraphAssembler.assemble(read.content(), model.layout(), state.layoutKey(),
                Findings.byElement(read.findings())));
    }

    private record Read(DiagramContent content, List<Findings.Placed> findings) {
    }

    protected abstract DiagramContent content(EditedModel model);
}
