package coyotos.studio.debug;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.model.IWatchpoint;

import coyotos.studio.sim.debug.Breakpoint;

/**
 * A watchpoint on bytes of a process's virtual memory. It stops at a read or write of those bytes by any process
 * whose own GPT walk reaches them: a page shared by two spaces is watched in both.
 */
public class WatchBreakpoint extends CoyotosBreakpoint implements IWatchpoint {

    public static final String MARKER = "coyotos.studio.debug.watchBreakpointMarker";
    public static final String ADDRESS = "coyotos.address";
    public static final String LENGTH = "coyotos.length";
    public static final String READ = "coyotos.read";
    public static final String WRITE = "coyotos.write";

    public WatchBreakpoint() {
    }

    public WatchBreakpoint(IResource resource, String process, String processName, long address, int length,
            boolean read, boolean write, boolean register) throws CoreException {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(PROCESS, process);
        attributes.put(PROCESS_NAME, processName);
        // marker attributes hold ints and strings: a 64-bit address as text
        attributes.put(ADDRESS, "0x" + Long.toHexString(address));
        attributes.put(LENGTH, length);
        attributes.put(READ, read);
        attributes.put(WRITE, write);
        create(resource, MARKER, attributes, register);
    }

    public long address() {
        return Long.parseUnsignedLong(attribute(ADDRESS, "0x0").substring(2), 16);
    }

    public int length() {
        return getMarker() == null ? 1 : getMarker().getAttribute(LENGTH, 1);
    }

    /**
     * Moves the watched bytes.
     *
     * @throws CoreException naming the mistake: a length outside 1 to 4096 bytes (one page, the unit a GPT walk
     *                       maps: spec §4.3)
     */
    public void setRange(long address, int length) throws CoreException {
        if (length <= 0 || length > 4096) {
            throw new CoreException(org.eclipse.core.runtime.Status.error(
                    "a watchpoint covers 1 to 4096 bytes, not " + length));
        }
        setAttribute(ADDRESS, "0x" + Long.toHexString(address));
        setAttribute(LENGTH, length);
        setAttribute(org.eclipse.core.resources.IMarker.MESSAGE, describe());
    }

    /**
     * Reads an address as users write it: hexadecimal with 0x, or decimal.
     *
     * @throws CoreException saying what is wrong with the text
     */
    public static long parseAddress(String text) throws CoreException {
        String t = text == null ? "" : text.trim().replace("_", "");
        try {
            if (t.startsWith("0x") || t.startsWith("0X")) {
                return Long.parseUnsignedLong(t.substring(2), 16);
            }
            return Long.parseUnsignedLong(t);
        } catch (NumberFormatException e) {
            throw new CoreException(org.eclipse.core.runtime.Status.error("\"" + text
                    + "\" is not an address: write it in hexadecimal (0x10000) or decimal (65536)"));
        }
    }

    @Override
    public boolean isAccess() throws CoreException {
        return ensureMarker().getAttribute(READ, false);
    }

    @Override
    public void setAccess(boolean access) throws CoreException {
        setAttribute(READ, access);
        setAttribute(org.eclipse.core.resources.IMarker.MESSAGE, describe());
    }

    @Override
    public boolean isModification() throws CoreException {
        return ensureMarker().getAttribute(WRITE, false);
    }

    @Override
    public void setModification(boolean modification) throws CoreException {
        setAttribute(WRITE, modification);
        setAttribute(org.eclipse.core.resources.IMarker.MESSAGE, describe());
    }

    @Override
    public boolean supportsAccess() {
        return true;
    }

    @Override
    public boolean supportsModification() {
        return true;
    }

    @Override
    protected String what() {
        boolean read = getMarker() != null && getMarker().getAttribute(READ, false);
        boolean write = getMarker() != null && getMarker().getAttribute(WRITE, false);
        String access = read && write ? "Read or write" : read ? "Read" : "Write";
        return access + " of " + length() + " byte(s) at 0x" + Long.toHexString(address()) + " in " + processName()
                + "'s space (any process reaching them)";
    }

    @Override
    public Breakpoint.Trigger trigger() {
        boolean read = getMarker() != null && getMarker().getAttribute(READ, false);
        boolean write = getMarker() != null && getMarker().getAttribute(WRITE, false);
        return new Breakpoint.Watch(process(), address(), length(), read, write);
    }
}
