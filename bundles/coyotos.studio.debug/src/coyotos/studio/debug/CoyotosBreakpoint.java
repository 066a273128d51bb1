package coyotos.studio.debug;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.Breakpoint;
import org.eclipse.debug.core.model.IBreakpoint;

import coyotos.studio.sim.debug.BreakpointCondition;

/**
 * A breakpoint of a simulated Coyotos system: a persistent marker on the model file it belongs to (on the
 * workspace root: any model), so it lives with the workspace as Java breakpoints do. Processes and objects are
 * named by their model element ids, with their names kept for the label. Conditions and hit counts work as
 * Eclipse users know them: a condition is checked when the trigger matches, a hit count stops at the N-th hit
 * whose condition held.
 */
public abstract class CoyotosBreakpoint extends Breakpoint {

    public static final String PROCESS = "coyotos.process";
    public static final String PROCESS_NAME = "coyotos.processName";
    public static final String CONDITION = "coyotos.condition";
    public static final String HIT_COUNT = "coyotos.hitCount";

    @Override
    public String getModelIdentifier() {
        return CoyotosDebugModel.ID;
    }

    /** Creates the marker with these attributes and, if asked, registers the breakpoint with the manager. */
    protected void create(IResource resource, String markerType, Map<String, Object> attributes, boolean register)
            throws CoreException {
        IWorkspaceRunnable create = monitor -> {
            IMarker marker = resource.createMarker(markerType);
            setMarker(marker);
            Map<String, Object> all = new HashMap<>(attributes);
            all.put(IBreakpoint.ENABLED, Boolean.TRUE);
            all.put(IBreakpoint.ID, getModelIdentifier());
            all.put(IBreakpoint.PERSISTED, Boolean.TRUE);
            marker.setAttributes(all);
            marker.setAttribute(IMarker.MESSAGE, describe());
        };
        run(getMarkerRule(resource), create);
        if (register) {
            DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(this);
        }
    }

    /** The model element id of the process it is about, or null for any process. */
    public String process() {
        return attribute(PROCESS, null);
    }

    public String processName() {
        return attribute(PROCESS_NAME, process());
    }

    /** The condition (blank: none). */
    public String condition() {
        return attribute(CONDITION, "");
    }

    /** @throws CoreException naming the mistake when the condition does not compile */
    public void setCondition(String condition) throws CoreException {
        String c = condition == null ? "" : condition.trim();
        if (!c.isEmpty()) {
            try {
                BreakpointCondition.compile(c);
            } catch (IllegalArgumentException e) {
                throw new CoreException(Status.error(e.getMessage()));
            }
        }
        setAttribute(CONDITION, c);
        setAttribute(IMarker.MESSAGE, describe());
    }

    /** Stops at the N-th hit; 0 for every hit. */
    public int hitCount() {
        IMarker m = getMarker();
        return m == null ? 0 : m.getAttribute(HIT_COUNT, 0);
    }

    public void setHitCount(int count) throws CoreException {
        if (count < 0) {
            throw new CoreException(Status.error("a hit count is 0 (every hit) or more, not " + count));
        }
        setAttribute(HIT_COUNT, count);
        setAttribute(IMarker.MESSAGE, describe());
    }

    /** Whether it belongs to runs of this model: its marker is on the model file, or on the workspace root. */
    public boolean appliesTo(IFile model) {
        IMarker m = getMarker();
        if (m == null || !m.exists()) {
            return false;
        }
        IResource r = m.getResource();
        return r.getType() == IResource.ROOT || r.equals(model);
    }

    /** What it stops at, in words, with its condition and hit count: the Breakpoints view's label. */
    public String describe() {
        StringBuilder text = new StringBuilder(what());
        String c = condition();
        if (!c.isBlank()) {
            text.append(" [if ").append(c).append(']');
        }
        int hits = hitCount();
        if (hits > 0) {
            text.append(" [hit count ").append(hits).append(']');
        }
        return text.toString();
    }

    /** What the trigger is, in words. */
    protected abstract String what();

    /** The session's form of this breakpoint. */
    public abstract coyotos.studio.sim.debug.Breakpoint.Trigger trigger();

    protected String attribute(String name, String otherwise) {
        IMarker m = getMarker();
        return m == null ? otherwise : m.getAttribute(name, otherwise);
    }

    protected String who() {
        return process() == null ? "any process" : processName();
    }
}
