package coyotos.studio.diagram.internal.handler;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;

import coyotos.studio.diagram.layout.Bounds;
import coyotos.studio.diagram.layout.DiagramLayout;

/**
 * Moves or resizes diagram nodes as a command on the model's stack, so a move is undone like any model edit
 * and makes the editor dirty (the layout is saved with the model).
 */
public final class ChangeBoundsCommand extends AbstractCommand {

    private final DiagramLayout layout;
    private final String diagram;
    private final Map<String, Bounds> after;
    private final Map<String, Bounds> before = new LinkedHashMap<>();

    public ChangeBoundsCommand(DiagramLayout layout, String diagram, Map<String, Bounds> after, String label) {
        super(label);
        this.layout = layout;
        this.diagram = diagram;
        this.after = new LinkedHashMap<>(after);
    }

    @Override
    protected boolean prepare() {
        return !after.isEmpty();
    }

    @Override
    public void execute() {
        before.clear();
        after.forEach((id, bounds) -> before.put(id, layout.put(diagram, id, bounds)));
    }

    @Override
    public void undo() {
        before.forEach((id, bounds) -> layout.put(diagram, id, bounds));
    }

    @Override
    public void redo() {
        after.forEach((id, bounds) -> layout.put(diagram, id, bounds));
    }
}
