package coyotos.studio.debug;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.core.model.IBreakpoint;

import coyotos.studio.sim.debug.Breakpoint;
import coyotos.studio.sim.memory.FaultCode;

/** Stops where a process raises a fault: of one code (Process.idl) or any, by one process or any. */
public class FaultBreakpoint extends CoyotosBreakpoint {

    public static final String MARKER = "coyotos.studio.debug.faultBreakpointMarker";
    /** Process.idl fault code; -1 for any. */
    public static final String CODE = "coyotos.faultCode";

    /** For the breakpoint manager, which restores breakpoints from their markers. */
    public FaultBreakpoint() {
    }

    /**
     * @param process model element id of the process, or null for any
     * @param code    Process.idl fault code, or -1 for any
     */
    public FaultBreakpoint(IResource resource, String process, String processName, int code, boolean register)
            throws CoreException {
        Map<String, Object> attributes = new HashMap<>();
        if (process != null) {
            attributes.put(PROCESS, process);
            attributes.put(PROCESS_NAME, processName);
        }
        attributes.put(CODE, code);
        create(resource, MARKER, attributes, register);
    }

    /**
     * Toggle Fault Breakpoint on a process: removes the breakpoint on any fault of {@code process} kept on
     * {@code resource}, or creates and registers one.
     *
     * @return the new breakpoint, or null when one was removed
     */
    public static FaultBreakpoint toggle(IResource resource, String process, String processName)
            throws CoreException {
        IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
        for (IBreakpoint b : manager.getBreakpoints(CoyotosDebugModel.ID)) {
            if (b instanceof FaultBreakpoint f && f.code() == -1 && process.equals(f.process())
                    && resource.equals(f.getMarker().getResource())) {
                manager.removeBreakpoint(f, true);
                return null;
            }
        }
        return new FaultBreakpoint(resource, process, processName, -1, true);
    }

    public int code() {
        return getMarker() == null ? -1 : getMarker().getAttribute(CODE, -1);
    }

    /**
     * @param code a Process.idl fault code (spec §3.3), or -1 for any
     * @throws CoreException naming the number when Process.idl defines no such code
     */
    public void setCode(int code) throws CoreException {
        if (code != -1 && FaultCode.of(code) == null) {
            throw new CoreException(org.eclipse.core.runtime.Status.error(
                    code + " is not a fault code of Process.idl (spec §3.3); -1 stands for any fault"));
        }
        setAttribute(CODE, code);
        setAttribute(org.eclipse.core.resources.IMarker.MESSAGE, describe());
    }

    @Override
    protected String what() {
        int code = code();
        return (code < 0 ? "Any fault" : "Fault " + FaultCode.name(code) + " (" + code + ")") + " raised by " + who();
    }

    @Override
    public Breakpoint.Trigger trigger() {
        return new Breakpoint.Fault(code(), process());
    }
}
