package coyotos.studio.debug;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

import coyotos.studio.sim.debug.Breakpoint;

/**
 * Stops at an invocation: a message to an endpoint (an IPC send through an entry capability, or the kernel's
 * fault upcall through one), or a call on a kernel object (a GPT, a process capability, a space bank).
 */
public class InvocationBreakpoint extends CoyotosBreakpoint {

    public static final String MARKER = "coyotos.studio.debug.invocationBreakpointMarker";
    /** A {@link Breakpoint.Target} name. */
    public static final String TARGET = "coyotos.invocationTarget";
    /** Model element id of the endpoint or space bank; absent for any. */
    public static final String OBJECT = "coyotos.object";
    public static final String OBJECT_NAME = "coyotos.objectName";

    public InvocationBreakpoint() {
    }

    /**
     * @param object  model element id of the endpoint or space bank invoked, or null for any
     * @param process model element id of the invoking process, or null for any
     */
    public InvocationBreakpoint(IResource resource, Breakpoint.Target target, String object, String objectName,
            String process, String processName, boolean register) throws CoreException {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(TARGET, target.name());
        if (object != null) {
            attributes.put(OBJECT, object);
            attributes.put(OBJECT_NAME, objectName);
        }
        if (process != null) {
            attributes.put(PROCESS, process);
            attributes.put(PROCESS_NAME, processName);
        }
        create(resource, MARKER, attributes, register);
    }

    public Breakpoint.Target target() {
        return Breakpoint.Target.valueOf(attribute(TARGET, Breakpoint.Target.ENDPOINT.name()));
    }

    public String object() {
        return attribute(OBJECT, null);
    }

    @Override
    protected String what() {
        Breakpoint.Target t = target();
        String object = object() == null ? "any " + kind(t) : kind(t) + " " + attribute(OBJECT_NAME, object());
        return (t == Breakpoint.Target.ENDPOINT ? "Message to " : "Call on ") + object + " by " + who();
    }

    private static String kind(Breakpoint.Target t) {
        return switch (t) {
            case ENDPOINT -> "endpoint";
            case GPT -> "GPT capability";
            case PROCESS -> "process capability";
            case SPACE_BANK -> "space bank";
        };
    }

    @Override
    public Breakpoint.Trigger trigger() {
        return new Breakpoint.Invocation(target(), object(), process());
    }

    /** The target's name as users read it ("space bank"). */
    public static String label(Breakpoint.Target t) {
        return kind(t).toLowerCase(Locale.ROOT);
    }
}
