package coyotos.studio.debug.internal;

import coyotos.studio.debug.CoyotosBreakpoint;
import coyotos.studio.debug.CoyotosDebugTarget;
import coyotos.studio.debug.Disassembly;
import coyotos.studio.runs.CycleFormat;
import coyotos.studio.runs.EventText;
import coyotos.studio.sim.debug.Stop;

/** Where a debugged system stopped, in words: the target's label in the Debug view. */
public final class StopText {

    private StopText() {
    }

    /**
     * The target's label: its {@code name} (the model file, profile and kernel), how far back one can go and where
     * the system stands: "ipc.coyotos · pentium4 · coyotos-2007 · history: 3 checkpoints, 0.2 MB of 67.1 MB, back to
     * the start (suspended: fault ...)".
     */
    public static String label(String name, CoyotosDebugTarget target) {
        if (target.isTerminated()) {
            return name + " (terminated)";
        }
        if (!target.isSuspended()) {
            return name + " (running)";
        }
        Stop s = target.stop();
        return name + " · " + target.session().history().describe() + " (" + describe(s, target) + ")";
    }

    /** "suspended at cycle 12,345, event #87: breakpoint Fault ... (FAULT_RAISED by app: ...)". */
    public static String describe(Stop s, CoyotosDebugTarget target) {
        StringBuilder text = new StringBuilder();
        switch (s.reason()) {
            case START -> text.append("suspended at the start");
            case END -> text.append("ended: ").append(s.termination() == null ? "over" : s.termination().phrase())
                    .append(" at cycle ").append(CycleFormat.count(s.cycle()));
            default -> text.append("suspended at cycle ").append(CycleFormat.count(s.cycle())).append(", event #")
                    .append(s.position()).append(": ").append(s.reason().label());
        }
        CoyotosBreakpoint hit = target.hitBreakpoint();
        if (hit != null) {
            text.append(' ').append(hit.describe());
        }
        if (s.event() != null) {
            Stop.Event e = s.event();
            String who = e.process() >= 0 ? target.session().info().processName(e.process()) : "the kernel";
            text.append(" (").append(e.type()).append(" by ").append(who);
            String detail = EventText.detail(e.type(), e.value(), e.detail());
            if (detail != null && !detail.isBlank()) {
                text.append(": ").append(detail);
            }
            text.append(')');
        }
        if (s.point() != null) {
            Stop.Point p = s.point();
            Disassembly.Line l = new Disassembly(target.session().memory(), p.process(), target.symbols(p.process()))
                    .line(p.eip() & 0xFFFFFFFFL, true);
            text.append(" (").append(target.session().info().processName(p.process())).append(" about to run ")
                    .append(ProgramFrames.instruction(l)).append(')');
        }
        if (s.detail() != null && !s.detail().isBlank()) {
            text.append(" — ").append(s.detail());
        }
        return text.toString();
    }
}
