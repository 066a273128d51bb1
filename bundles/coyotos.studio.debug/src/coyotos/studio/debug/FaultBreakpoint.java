package coyotos.studio.debug;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

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

    public int code() {
        return getMarker() == null ? -1 : getMarker().getAttribute(CODE, -1);
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
