package coyotos.studio.debug.ui.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugModelPresentation;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.IValueDetailListener;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorInput;

import coyotos.studio.debug.CoyotosBreakpoint;
import coyotos.studio.debug.CoyotosDebugTarget;
import coyotos.studio.debug.CoyotosStackFrame;
import coyotos.studio.debug.CoyotosThread;
import coyotos.studio.debug.WatchBreakpoint;

/**
 * Labels and images of the Coyotos debug model: the texts are the model's own (the target's stop, a thread's process
 * and state, a frame's step, a breakpoint's description); the images are the debug platform's, so a Coyotos
 * system looks like any other debugged program. A simulated system has no source files, so no editor opens.
 */
public class CoyotosModelPresentation extends LabelProvider implements IDebugModelPresentation {

    @Override
    public void setAttribute(String attribute, Object value) {
        // no options: names are never qualified, types are always shown by the Variables view's columns
    }

    @Override
    public String getText(Object element) {
        if (element instanceof CoyotosDebugTarget t) {
            return t.getName();
        }
        if (element instanceof CoyotosThread t) {
            return t.getName();
        }
        if (element instanceof CoyotosStackFrame f) {
            return f.getName();
        }
        if (element instanceof CoyotosBreakpoint b) {
            return b.describe();
        }
        // variables: the view's default "name = value"
        return null;
    }

    @Override
    public Image getImage(Object element) {
        String key = null;
        if (element instanceof CoyotosDebugTarget t) {
            key = t.isTerminated() ? IDebugUIConstants.IMG_OBJS_DEBUG_TARGET_TERMINATED
                    : t.isSuspended() ? IDebugUIConstants.IMG_OBJS_DEBUG_TARGET_SUSPENDED
                            : IDebugUIConstants.IMG_OBJS_DEBUG_TARGET;
        } else if (element instanceof CoyotosThread t) {
            key = t.isTerminated() ? IDebugUIConstants.IMG_OBJS_THREAD_TERMINATED
                    : t.isSuspended() ? IDebugUIConstants.IMG_OBJS_THREAD_SUSPENDED
                            : IDebugUIConstants.IMG_OBJS_THREAD_RUNNING;
        } else if (element instanceof CoyotosStackFrame) {
            key = IDebugUIConstants.IMG_OBJS_STACKFRAME;
        } else if (element instanceof CoyotosBreakpoint b) {
            boolean enabled;
            try {
                enabled = b.isEnabled();
            } catch (CoreException e) {
                enabled = false;
            }
            if (b instanceof WatchBreakpoint) {
                key = enabled ? IDebugUIConstants.IMG_OBJS_WATCHPOINT : IDebugUIConstants.IMG_OBJS_WATCHPOINT_DISABLED;
            } else {
                key = enabled ? IDebugUIConstants.IMG_OBJS_BREAKPOINT : IDebugUIConstants.IMG_OBJS_BREAKPOINT_DISABLED;
            }
        }
        return key == null ? null : DebugUITools.getImage(key);
    }

    @Override
    public void computeDetail(IValue value, IValueDetailListener listener) {
        String detail;
        try {
            detail = value.getValueString();
        } catch (DebugException e) {
            detail = e.getMessage();
        }
        listener.detailComputed(value, detail);
    }

    @Override
    public IEditorInput getEditorInput(Object element) {
        return null;
    }

    @Override
    public String getEditorId(IEditorInput input, Object element) {
        return null;
    }
}
