package coyotos.studio.ui.internal.editor;

import java.util.EventObject;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Edit &gt; Undo and Edit &gt; Redo for one EMF command stack, labelled with the command they would undo or
 * redo. Installed as global action handlers on the editor's (and the Properties view's) action bars.
 */
public final class CommandStackActions implements CommandStackListener {

    private final CommandStack stack;
    private final Action undo = new Action() {
        @Override
        public void run() {
            if (stack.canUndo()) {
                stack.undo();
            }
        }
    };
    private final Action redo = new Action() {
        @Override
        public void run() {
            if (stack.canRedo()) {
                stack.redo();
            }
        }
    };

    public CommandStackActions(CommandStack stack) {
        this.stack = stack;
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
        redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
        undo.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_UNDO);
        redo.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_REDO);
        stack.addCommandStackListener(this);
        update();
    }

    public void install(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.updateActionBars();
    }

    public IAction undoAction() {
        return undo;
    }

    public IAction redoAction() {
        return redo;
    }

    @Override
    public void commandStackChanged(EventObject event) {
        update();
    }

    private void update() {
        Command toUndo = stack.getUndoCommand();
        Command toRedo = stack.getRedoCommand();
        undo.setEnabled(stack.canUndo());
        redo.setEnabled(stack.canRedo());
        undo.setText("&Undo" + label(toUndo) + "@Ctrl+Z");
        redo.setText("&Redo" + label(toRedo) + "@Ctrl+Shift+Z");
    }

    private static String label(Command command) {
        return command == null || command.getLabel() == null ? "" : " " + command.getLabel();
    }

    public void dispose() {
        stack.removeCommandStackListener(this);
    }
}
