package coyotos.studio.debug;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.IBreakpoint;

import coyotos.studio.sim.debug.Breakpoint;

/**
 * Stops when a process is about to execute the instruction at an address of its program image (at the instruction
 * point before it, as a hardware breakpoint would). Processes that run abstract workloads execute no instructions,
 * so it matches only in processes that run real i386 programs. The Disassembly view toggles it on a line.
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

    /**
     * Toggles the breakpoint on the instruction at {@code address} of {@code process} kept on {@code resource}:
     * removes it when there is one, or creates and registers one.
     *
     * @return the new breakpoint, or null when one was removed
     */
    public static InstructionBreakpoint toggle(IResource resource, String process, String processName, long address)
            throws CoreException {
        InstructionBreakpoint existing = find(resource, process, address);
        if (existing != null) {
            DebugPlugin.getDefault().getBreakpointManager().removeBreakpoint(existing, true);
            return null;
        }
        return new InstructionBreakpoint(resource, process, processName, address, true);
    }

    /** The breakpoint on the instruction at {@code address} of {@code process} kept on {@code resource}, or null. */
    public static InstructionBreakpoint find(IResource resource, String process, long address) {
        for (IBreakpoint b : DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(CoyotosDebugModel.ID)) {
            if (b instanceof InstructionBreakpoint i && i.getMarker() != null && i.address() == address
                    && java.util.Objects.equals(process, i.process()) && resource.equals(i.getMarker().getResource())) {
                return i;
            }
        }
        return null;
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
