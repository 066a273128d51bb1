package coyotos.studio.debug;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;

import coyotos.studio.sim.debug.BreakpointCondition;
import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.result.ProcessState;

/**
 * The editable properties of a Coyotos breakpoint as the Breakpoint Properties page shows them (texts as the user
 * typed them), read from a breakpoint and written back to its marker. Writing checks everything first and changes
 * nothing when one value is wrong, so a half-applied edit never reaches a debug session.
 *
 * @param enabled   whether it stops at all
 * @param hitCount  "" or "0" for every hit, else the hit to stop at (Eclipse's hit count)
 * @param condition "" for none, else a condition of {@link BreakpointCondition}
 * @param faultCode a fault breakpoint's Process.idl code (spec §3.3), -1 for any; ignored for other kinds
 * @param state     a state breakpoint's state; ignored for other kinds
 * @param address   a watchpoint's first byte (0x hexadecimal or decimal); ignored for other kinds
 * @param length    a watchpoint's byte count; ignored for other kinds
 * @param read      a watchpoint stops at reads
 * @param write     a watchpoint stops at writes
 */
public record BreakpointProperties(boolean enabled, String hitCount, String condition, int faultCode,
        ProcessState state, String address, String length, boolean read, boolean write) {

    /** The fault codes a fault breakpoint offers, after "any" (-1): every code of Process.idl. */
    public static List<Integer> faultCodes() {
        List<Integer> codes = new ArrayList<>();
        codes.add(-1);
        for (FaultCode f : FaultCode.values()) {
            if (f != FaultCode.NO_FAULT) {
                codes.add(f.code());
            }
        }
        return codes;
    }

    /** A fault code as the page lists it: "any fault", "INVALID_DATA_REFERENCE (4)". */
    public static String faultLabel(int code) {
        return code < 0 ? "any fault" : FaultCode.name(code) + " (" + code + ")";
    }

    /** The breakpoint's properties now. */
    public static BreakpointProperties of(CoyotosBreakpoint b) throws CoreException {
        int hits = b.hitCount();
        BreakpointProperties p = new BreakpointProperties(b.isEnabled(), hits == 0 ? "" : Integer.toString(hits),
                b.condition(), -1, null, "", "", false, false);
        if (b instanceof FaultBreakpoint f) {
            p = p.withFault(f.code());
        } else if (b instanceof StateBreakpoint s) {
            p = new BreakpointProperties(p.enabled, p.hitCount, p.condition, -1, s.state(), "", "", false, false);
        } else if (b instanceof WatchBreakpoint w) {
            p = new BreakpointProperties(p.enabled, p.hitCount, p.condition, -1, null,
                    "0x" + Long.toHexString(w.address()), Integer.toString(w.length()), w.isAccess(),
                    w.isModification());
        }
        return p;
    }

    private BreakpointProperties withFault(int code) {
        return new BreakpointProperties(enabled, hitCount, condition, code, state, address, length, read, write);
    }

    /**
     * Writes these properties into the breakpoint's marker, in one workspace operation (one change for the
     * debug sessions that install it).
     *
     * @throws CoreException naming the first wrong value; then nothing was changed
     */
    public void applyTo(CoyotosBreakpoint b) throws CoreException {
        int hits = parseHitCount(hitCount);
        String c = condition == null ? "" : condition.trim();
        if (!c.isEmpty()) {
            try {
                BreakpointCondition.compile(c);
            } catch (IllegalArgumentException e) {
                throw new CoreException(Status.error("The condition \"" + c + "\" is wrong: " + e.getMessage()));
            }
        }
        long watchAddress = 0;
        int watchLength = 0;
        if (b instanceof WatchBreakpoint) {
            watchAddress = WatchBreakpoint.parseAddress(address);
            watchLength = parseLength(length);
            if (!read && !write) {
                throw new CoreException(Status.error("A watchpoint stops at reads, writes or both: choose one"));
            }
        }
        if (b instanceof FaultBreakpoint && faultCode != -1 && FaultCode.of(faultCode) == null) {
            throw new CoreException(Status.error(faultCode + " is not a fault code of Process.idl (spec §3.3)"));
        }
        long address0 = watchAddress;
        int length0 = watchLength;
        IWorkspaceRunnable write = monitor -> {
            b.setEnabled(enabled);
            b.setHitCount(hits);
            b.setCondition(c);
            if (b instanceof FaultBreakpoint f) {
                f.setCode(faultCode);
            } else if (b instanceof StateBreakpoint s && state != null) {
                s.setState(state);
            } else if (b instanceof WatchBreakpoint w) {
                w.setRange(address0, length0);
                w.setAccess(read);
                w.setModification(this.write);
            }
        };
        ResourcesPlugin.getWorkspace().run(write, null);
    }

    private static int parseHitCount(String text) throws CoreException {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(t);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new CoreException(Status.error("The hit count \"" + t
                + "\" is not a number of hits: leave it empty (every hit) or write 1, 2, 3..."));
    }

    /** A watchpoint's length as typed: 1 to 4096 bytes. */
    public static int parseLength(String text) throws CoreException {
        String t = text == null ? "" : text.trim();
        try {
            int n = Integer.parseInt(t);
            if (n >= 1 && n <= 4096) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new CoreException(Status.error("The length \"" + t
                + "\" is not a byte count of 1 to 4096 (a watchpoint lies within one page's reach)"));
    }
}
