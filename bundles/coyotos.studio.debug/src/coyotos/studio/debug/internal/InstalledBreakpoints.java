package coyotos.studio.debug.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointListener;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.core.IBreakpointManagerListener;
import org.eclipse.debug.core.model.IBreakpoint;

import coyotos.studio.debug.CoyotosBreakpoint;
import coyotos.studio.debug.CoyotosDebugModel;
import coyotos.studio.debug.CoyotosDebugTarget;
import coyotos.studio.sim.debug.Breakpoint;
import coyotos.studio.sim.debug.DebugSession;
import coyotos.studio.sim.debug.Stop;
import coyotos.studio.sim.debug.StopReason;

/**
 * The Coyotos breakpoints of the platform's breakpoint manager as a debug session has them: which Eclipse
 * breakpoint each session breakpoint id stands for, kept in step with the manager. It exists apart from the
 * {@link CoyotosDebugTarget} because translating the workspace's breakpoints into the session's table (and a stop's
 * breakpoint id back) is bookkeeping of its own; the target only hears the manager and asks.
 */
public final class InstalledBreakpoints {

    /** Guarded by itself: session breakpoint id to the Eclipse breakpoint it was made from. */
    private final Map<Integer, CoyotosBreakpoint> installed = new HashMap<>();

    /** Makes {@code listener} hear the breakpoint manager's changes of breakpoints and of its enablement. */
    public static <T extends IBreakpointListener & IBreakpointManagerListener> void listen(T listener) {
        IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
        manager.addBreakpointListener(listener);
        manager.addBreakpointManagerListener(listener);
    }

    /** Stops {@code listener} hearing the breakpoint manager. */
    public static <T extends IBreakpointListener & IBreakpointManagerListener> void stopListening(T listener) {
        IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
        manager.removeBreakpointListener(listener);
        manager.removeBreakpointManagerListener(listener);
    }

    /**
     * Gives {@code session} (unless {@code ended}) the enabled Coyotos breakpoints that {@code applies} accepts
     * (none while the manager skips all breakpoints). A breakpoint the session refuses (a condition that no longer
     * compiles) is left out and logged with its reason.
     */
    public void install(Predicate<IBreakpoint> applies, DebugSession session, BooleanSupplier ended) {
        IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
        List<Breakpoint> table = new ArrayList<>();
        synchronized (installed) {
            installed.clear();
            if (manager.isEnabled()) {
                int id = 1;
                for (IBreakpoint b : manager.getBreakpoints(CoyotosDebugModel.ID)) {
                    try {
                        if (b instanceof CoyotosBreakpoint cb && b.isEnabled() && applies.test(b)) {
                            String c = cb.condition();
                            table.add(new Breakpoint(id, cb.trigger(), c.isBlank() ? null : c, cb.hitCount()));
                            installed.put(id++, cb);
                        }
                    } catch (CoreException | IllegalArgumentException e) {
                        ILog.of(CoyotosDebugTarget.class).warn("Breakpoint left out: " + e.getMessage());
                    }
                }
            }
        }
        if (!ended.getAsBoolean()) {
            session.setBreakpoints(table);
        }
    }

    /** The Eclipse breakpoint {@code stop} hit, or null. */
    public CoyotosBreakpoint hitAt(Stop stop) {
        synchronized (installed) {
            return stop.reason() == StopReason.BREAKPOINT ? installed.get(stop.breakpoint()) : null;
        }
    }

    /** Hits of installed breakpoint {@code b} as {@code session} counts them (-1 when not installed). */
    public long hits(CoyotosBreakpoint b, DebugSession session) {
        synchronized (installed) {
            for (Map.Entry<Integer, CoyotosBreakpoint> e : installed.entrySet()) {
                if (e.getValue().equals(b)) {
                    return session.hits().getOrDefault(e.getKey(), 0L);
                }
            }
        }
        return -1;
    }
}
