package coyotos.studio.diagram.internal.server;

import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.features.commandpalette.CommandPaletteActionProvider;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.gmodel.GModelCutOperationHandler;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.LayoutOperationHandler;
import org.eclipse.glsp.server.operations.OperationHandler;

import coyotos.studio.diagram.internal.handler.DeleteElementsHandler;
import coyotos.studio.diagram.internal.handler.ApplyLabelEditHandler;
import coyotos.studio.diagram.internal.handler.ApplyQuickFixHandler;
import coyotos.studio.diagram.internal.handler.LayoutDiagramHandler;
import coyotos.studio.diagram.internal.handler.ChangeBoundsHandler;

/**
 * What both Coyotos diagrams share: the session state on the editor's command stack, the model storage, quick
 * fixes of the rule findings, label checks, and the operations that work the same in each (delete, move, label
 * edit, layout, quick fix). The findings travel in the model as issue markers (GraphAssembler), so no GLSP
 * ModelValidator is bound and no SetMarkersAction follows a model.
 * GLSP's own cut and layout handlers work on the GModel alone, so they are replaced by model commands.
 */
public abstract class CoyotosDiagramModule extends DiagramModule {

    @Override
    protected Class<? extends GModelState> bindGModelState() {
        return CoyotosModelState.class;
    }

    @Override
    protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
        return CoyotosSourceModelStorage.class;
    }

    @Override
    protected Class<? extends LabelEditValidator> bindLabelEditValidator() {
        return LabelRules.class;
    }

    @Override
    protected Class<? extends CommandPaletteActionProvider> bindCommandPaletteActionProvider() {
        return QuickFixPalette.class;
    }

    @Override
    protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
        super.configureActionHandlers(binding);
        binding.add(RefreshDiagramHandler.class);
    }

    @Override
    protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
        super.configureOperationHandlers(binding);
        binding.remove(GModelCutOperationHandler.class);
        binding.rebind(LayoutOperationHandler.class, LayoutDiagramHandler.class);
        binding.add(DeleteElementsHandler.class);
        binding.add(ChangeBoundsHandler.class);
        binding.add(ApplyLabelEditHandler.class);
        binding.add(ApplyQuickFixHandler.class);
    }
}
