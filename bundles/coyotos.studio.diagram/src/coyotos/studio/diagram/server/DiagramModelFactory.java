package coyotos.studio.diagram.server;

import java.util.List;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.server.features.core.model.GModelFactory;

import com.google.inject.Inject;

import coyotos.studio.diagram.EditedModel;
import coyotos.studio.diagram.graph.DiagramContent;
import coyotos.studio.diagram.graph.Findings;
import coyotos.studio.diagram.graph.GraphAssembler;
import coyotos.studio.diagram.graph.Placement;
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
        GGraph graph = model.access().call(() -> {
            DiagramContent content = content(model);
            Placement.place(content, model.layout(), state.layoutKey());
            List<Findings.Placed> findings = model.system() == null ? List.of()
                    : Findings.place(RuleEngine.INSTANCE.check(model.system()), content, model);
            state.setContent(content);
            state.setFindings(findings);
            return GraphAssembler.assemble(content, model.layout(), state.layoutKey(), Findings.cssClasses(findings));
        });
        state.updateRoot(graph);
    }

    protected abstract DiagramContent content(EditedModel model);
}
