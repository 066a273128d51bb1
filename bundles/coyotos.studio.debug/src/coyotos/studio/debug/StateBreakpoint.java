package coyotos.studio.debug;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

import coyotos.studio.sim.debug.Breakpoint;
import coyotos.studio.sim.result.ProcessState;

/** Stops when a process (or any) enters a run state: faulted, receiving, halted, done... */
public class StateBreakpoint extends CoyotosBreakpoint {

    public static final String MARKER = "coyotos.studio.debug.stateBreakpointMarker";
    /** A {@link ProcessState} name. */
    public static final String STATE = "coyotos.state";

    public StateBreakpoint() {
    }

    public StateBreakpoint(IResource resource, String process, String processName, ProcessState state,
            boolean register) throws CoreException {
        Map<String, Object> attributes = new HashMap<>();
        if (process != null) {
            attributes.put(PROCESS, process);
            attributes.put(PROCESS_NAME, processName);
        }
        attributes.put(STATE, state.name());
        create(resource, MARKER, attributes, register);
    }

    public ProcessState state() {
        return ProcessState.valueOf(attribute(STATE, ProcessState.FAULTED.name()));
    }

    public void setState(ProcessState state) throws CoreException {
        setAttribute(STATE, state.name());
        setAttribute(org.eclipse.core.resources.IMarker.MESSAGE, describe());
    }

    @Override
    protected String what() {
        return who() + " becomes " + state().label();
    }

    @Override
    public Breakpoint.Trigger trigger() {
        return new Breakpoint.StateReached(process(), state());
    }
}
