package coyotos.studio.diagram.server;

import coyotos.studio.diagram.EditedModel;
import coyotos.studio.diagram.graph.DiagramContent;
import coyotos.studio.diagram.graph.ProcessLayoutContent;

/** The GModel of the process layout diagram. */
public class ProcessLayoutFactory extends DiagramModelFactory {

    @Override
    protected DiagramContent content(EditedModel model) {
        return ProcessLayoutContent.of(model);
    }
}
