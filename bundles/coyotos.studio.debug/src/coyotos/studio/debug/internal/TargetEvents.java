package coyotos.studio.debug.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;

import coyotos.studio.debug.CoyotosDebugTarget;
import coyotos.studio.debug.CoyotosThread;

/**
 * The debug events a {@link CoyotosDebugTarget} and its threads fire as the system is created, runs, stops and
 * ends. It exists apart from the target because the views depend on the order of these events (the thread the
 * Debug view selects, one update for the end) and that order is one rule, kept in one place.
 */
public final class TargetEvents implements CommandThread.Target {

    private final CoyotosDebugTarget target;

    public TargetEvents(CoyotosDebugTarget target) {
        this.target = target;
    }

    @Override
    public boolean isTerminated() {
        return target.isTerminated();
    }

    @Override
    public void terminate() {
        target.terminate();
    }

    /** The target and its threads exist. */
    public void created() {
        target.fireEvent(new DebugEvent(target, DebugEvent.CREATE, DebugEvent.UNSPECIFIED));
        for (CoyotosThread t : target.threads()) {
            t.fireEvent(new DebugEvent(t, DebugEvent.CREATE, DebugEvent.UNSPECIFIED));
        }
    }

    @Override
    public void resumed(int detail) {
        target.fireResumeEvent(detail);
        for (CoyotosThread t : target.threads()) {
            t.fireEvent(new DebugEvent(t, DebugEvent.RESUME, detail));
        }
    }

    @Override
    public void suspended(int detail) {
        target.fireSuspendEvent(detail);
        CoyotosThread focus = target.focusThread();
        for (CoyotosThread t : target.threads()) {
            if (t != focus) {
                t.fireEvent(new DebugEvent(t, DebugEvent.CHANGE, DebugEvent.STATE));
            }
        }
        if (focus != null) {
            // the Debug view selects the thread that suspends with a detail, so the stop's own comes last
            focus.fireEvent(new DebugEvent(focus, DebugEvent.SUSPEND, detail));
        }
    }

    /** The threads and the target ended: one event set, so the views remove them in one update. */
    public void terminated() {
        List<DebugEvent> ended = new ArrayList<>();
        for (CoyotosThread t : target.threads()) {
            ended.add(new DebugEvent(t, DebugEvent.TERMINATE));
        }
        ended.add(new DebugEvent(target, DebugEvent.TERMINATE));
        DebugPlugin plugin = DebugPlugin.getDefault();
        if (plugin != null) {
            plugin.fireDebugEventSet(ended.toArray(DebugEvent[]::new));
        }
    }
}
