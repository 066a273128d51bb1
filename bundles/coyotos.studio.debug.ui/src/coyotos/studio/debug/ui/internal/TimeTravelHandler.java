package coyotos.studio.debug.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.HandlerEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.model.IDebugElement;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import coyotos.studio.debug.CoyotosDebugTarget;
import coyotos.studio.debug.CoyotosStackFrame;
import coyotos.studio.debug.CoyotosThread;

/**
 * Step Back, Run Back, Run Back to Fault, Run to Fault and Step Kernel Event on the Coyotos system selected in the
 * Debug view. Step Back mirrors Step Into: on a thread that runs a program it goes back one of its instructions, else
 * one kernel event; Step Kernel Event steps one kernel event whatever the thread runs. The
 * command only starts the target's command, which runs off the UI thread; the handler follows the target's
 * suspends and resumes to enable itself.
 */
public class TimeTravelHandler extends AbstractHandler implements IExecutableExtension, IDebugEventSetListener {

    /** What the handler does, named in plugin.xml after the class ("TimeTravelHandler:stepBack"). */
    enum Move {
        stepBack, runBack, runBackToFault, runToFault, stepEvent
    }

    private Move move = Move.stepBack;

    public TimeTravelHandler() {
        DebugPlugin.getDefault().addDebugEventListener(this);
    }

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        if (data instanceof String s && !s.isBlank()) {
            move = Move.valueOf(s.trim());
        }
    }

    @Override
    public Object execute(ExecutionEvent event) {
        CoyotosDebugTarget target = selectedTarget();
        if (target != null && possible(target)) {
            CoyotosThread thread = selectedThread();
            switch (move) {
                case stepBack -> {
                    if (thread != null) {
                        thread.stepBack();
                    } else {
                        target.stepBack();
                    }
                }
                case stepEvent -> target.stepEvent();
                case runBack -> target.runBack();
                case runBackToFault -> target.runBackToFault();
                case runToFault -> target.runToFault();
            }
        }
        return null;
    }

    @Override
    public boolean isEnabled() {
        CoyotosDebugTarget target = selectedTarget();
        return target != null && possible(target);
    }

    private boolean possible(CoyotosDebugTarget target) {
        return move == Move.runToFault || move == Move.stepEvent ? target.canRunForward() : target.canStepBack();
    }

    /** The Coyotos target of the Debug view's selection, or null. */
    static CoyotosDebugTarget selectedTarget() {
        IDebugElement element = Adapters.adapt(DebugUITools.getDebugContext(), IDebugElement.class);
        return element != null && element.getDebugTarget() instanceof CoyotosDebugTarget t ? t : null;
    }

    /** The Coyotos thread of the Debug view's selection (a frame's thread), or null. */
    static CoyotosThread selectedThread() {
        IDebugElement element = Adapters.adapt(DebugUITools.getDebugContext(), IDebugElement.class);
        if (element instanceof CoyotosThread t) {
            return t;
        }
        return element instanceof CoyotosStackFrame f && f.getThread() instanceof CoyotosThread t ? t : null;
    }

    @Override
    public void handleDebugEvents(DebugEvent[] events) {
        for (DebugEvent e : events) {
            if (e.getSource() instanceof CoyotosDebugTarget) {
                Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
                if (display != null && !display.isDisposed()) {
                    display.asyncExec(() -> fireHandlerChanged(new HandlerEvent(this, true, false)));
                }
                return;
            }
        }
    }

    @Override
    public void dispose() {
        DebugPlugin.getDefault().removeDebugEventListener(this);
        super.dispose();
    }
}
