package coyotos.studio.debug;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

import coyotos.studio.sim.debug.Breakpoint;

/**
 * Stops when a process is about to execute the instruction at an address of its program image. Processes that
 * run abstract workloads execute no instructions, so it waits for processes that run real i386 programs.
 */
public class InstructionBreakpoint extends CoyotosBreakpoint {

    public static final String MARKER = "coyotos.studio.debug.instructionBreakpointMarker";
    public static final String ADDRESS = "coyotos.address";

    public InstructionBreakpoint() {
    }

    public InstructionBreakpoint(IResource resource, String process, String processName, long address,
            boolean register) throws CoreException {
        Map<String, Object> attributes = new HashMap<>();
        if (process != null) {
            attributes.put(PROCESS, process);
            attributes.put(PROCESS_NAME, processName);
        }
        attributes.put(ADDRESS, "0x" + Long.toHexString(address));
        create(resource, MARKER, attributes, register);
    }

    public long address() {
        return Long.parseUnsignedLong(attribute(ADDRESS, "0x0").substring(2), 16);
    }

    @Override
    protected String what() {
        return "Instruction at 0x" + Long.toHexString(address()) + " in " + who()
                + " (programs only: abstract workloads run no instructions)";
    }

    @Override
    public Breakpoint.Trigger trigger() {
        return new Breakpoint.Instruction(process(), address());
    }
}
