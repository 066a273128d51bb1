package coyotos.studio.debug.ui.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import coyotos.studio.debug.InvocationBreakpoint;
import coyotos.studio.debug.StateBreakpoint;
import coyotos.studio.model.Endpoint;
import coyotos.studio.model.Process;
import coyotos.studio.sim.debug.Breakpoint;
import coyotos.studio.sim.result.ProcessState;

/**
 * Adds a breakpoint on the element selected in the model tree or a diagram: on a message to an endpoint
 * ("invocation"), on a process reaching a run state chosen in a list ("state"), or a watchpoint on bytes of a
 * process's address space given in {@link WatchpointDialog} ("watch"). The breakpoint is kept on the model file.
 */
public class AddBreakpointHandler extends AbstractHandler implements IExecutableExtension {

    /** What the handler adds, named in plugin.xml after the class ("AddBreakpointHandler:state"). */
    enum Kind {
        invocation, state, watch
    }

    private Kind kind = Kind.invocation;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        if (data instanceof String s && !s.isBlank()) {
            kind = Kind.valueOf(s.trim());
        }
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Object selected = HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s
                ? s.getFirstElement() : null;
        Shell shell = HandlerUtil.getActiveShell(event);
        try {
            switch (kind) {
                case invocation -> {
                    if (selected instanceof Endpoint e) {
                        ModelElement ep = ModelElement.of(e);
                        new InvocationBreakpoint(ep.file(), Breakpoint.Target.ENDPOINT, ep.id(), ep.name(), null, null,
                                true);
                    }
                }
                case state -> {
                    if (selected instanceof Process p) {
                        ModelElement process = ModelElement.of(p);
                        ProcessState state = askState(shell, process.name());
                        if (state != null) {
                            new StateBreakpoint(process.file(), process.id(), process.name(), state, true);
                        }
                    }
                }
                case watch -> {
                    if (selected instanceof Process p) {
                        ModelElement process = ModelElement.of(p);
                        WatchpointDialog dialog = new WatchpointDialog(shell, process);
                        if (dialog.open() == Window.OK) {
                            dialog.create(process);
                        }
                    }
                }
            }
        } catch (CoreException e) {
            throw new ExecutionException("The breakpoint could not be added: " + e.getMessage(), e);
        }
        return null;
    }

    /** The run state to stop at, or null when the user cancelled. */
    private static ProcessState askState(Shell shell, String process) {
        ListDialog dialog = new ListDialog(shell);
        dialog.setTitle("Add State Breakpoint");
        dialog.setMessage("Stop when " + process + " becomes:");
        dialog.setContentProvider(ArrayContentProvider.getInstance());
        dialog.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((ProcessState) element).label();
            }
        });
        dialog.setInput(List.of(ProcessState.values()));
        dialog.setInitialSelections(ProcessState.FAULTED);
        return dialog.open() == Window.OK && dialog.getResult().length == 1 ? (ProcessState) dialog.getResult()[0]
                : null;
    }
}
