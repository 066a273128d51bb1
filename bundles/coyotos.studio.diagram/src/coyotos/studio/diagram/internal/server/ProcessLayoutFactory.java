package coyotos.studio.diagram.internal.server;

import coyotos.studio.diagram.EditedModel;
import coyotos.studio.diagram.internal.graph.DiagramContent;
import coyotos.studio.diagram.internal.graph.ProcessLayoutContent;

/** The GModel of the process layout diagram. */
public class ProcessLayoutFactory extends DiagramModelFactory {

    @Override
    protected DiagramContent content(EditedModel model) {
        return ProcessLayoutContent.of(model);
    }
}
