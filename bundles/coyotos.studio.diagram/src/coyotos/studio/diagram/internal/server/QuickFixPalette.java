package coyotos.studio.diagram.internal.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.commandpalette.CommandPaletteActionProvider;
import org.eclipse.glsp.server.features.directediting.LabeledAction;
import org.eclipse.glsp.server.types.EditorContext;

import com.google.inject.Inject;

import coyotos.studio.diagram.EditedModel;
import coyotos.studio.diagram.internal.graph.Findings;
import coyotos.studio.diagram.internal.handler.ApplyQuickFixHandler;
import coyotos.studio.model.validation.fixes.Fix;
import coyotos.studio.model.validation.fixes.RuleFixes;

/**
 * The command palette (Ctrl+Space, or a click on an element's issue marker) offers the quick fixes of the
 * findings on the selected elements, the same fixes the Problems view offers for their markers.
 */
public class QuickFixPalette implements CommandPaletteActionProvider {

    static final String PREFIX = "Quick fix: ";
    static final String ICON = "lightbulb";

    @Inject
    protected CoyotosModelState state;

    @Override
    public List<? extends LabeledAction> getActions(EditorContext context) {
        EditedModel model = state.model();
        List<String> selected = context.getSelectedElementIds();
        if (model == null || selected == null || selected.isEmpty()) {
            return List.of();
        }
        return model.access().call(() -> {
            List<LabeledAction> actions = new ArrayList<>();
            for (Findings.Placed placed : state.findings()) {
                String rule = placed.finding().ruleId();
                if (!selected.contains(placed.elementId()) || !RuleFixes.hasFixes(rule) || model.system() == null) {
                    continue;
                }
                for (Fix fix : RuleFixes.fixesFor(model.system(), rule, placed.finding().element())) {
                    List<Action> apply = List.of(
                            ApplyQuickFixHandler.operationFor(model, placed.finding().element(), rule, fix));
                    actions.add(new LabeledAction(PREFIX + fix.label(), apply, ICON));
                }
            }
            return actions;
        });
    }
}
