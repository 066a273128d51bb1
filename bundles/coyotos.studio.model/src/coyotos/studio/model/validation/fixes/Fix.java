package coyotos.studio.model.validation.fixes;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.ChangeCommand;

/**
 * One repair of one finding: what it does, said the way the Problems view and the diagram offer it, and the
 * change itself. {@link #command} records the change while it runs, so any command stack can undo and redo it
 * as one step, whatever it touched.
 */
public final class Fix {

    private final String key;
    private final String label;
    private final String description;
    private final Runnable change;

    /**
     * @param key         the same for the same repair of any finding of the rule (the Quick Fix dialog offers to
     *                    apply it to every marker with that key at once)
     * @param label       what the user chooses, e.g. "Clear ha on GPT 'app-space'"
     * @param description why this repairs the finding
     * @param change      the change to the model, run inside the command
     */
    public Fix(String key, String label, String description, Runnable change) {
        this.key = key;
        this.label = label;
        this.description = description;
        this.change = change;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /**
     * The change as one command over the resource {@code element} belongs to. EMF records changes reliably only
     * over a resource (recorded over a bare root object, its contents end up in the change description), and
     * every model the tool edits is in one.
     *
     * @throws IllegalArgumentException if {@code element} is in no resource
     */
    public Command command(EObject element) {
        Resource scope = element.eResource();
        if (scope == null) {
            throw new IllegalArgumentException(label + ": the model is in no resource, so the change cannot be recorded");
        }
        ChangeCommand command = new ChangeCommand(scope) {
            @Override
            protected void doExecute() {
                change.run();
            }
        };
        command.setLabel(label);
        command.setDescription(description);
        return command;
    }

    @Override
    public String toString() {
        return label;
    }
}
