package coyotos.studio.debug;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;

import coyotos.studio.sim.debug.Change;
import coyotos.studio.sim.debug.DebugSession;
import coyotos.studio.sim.debug.Stop;
import coyotos.studio.sim.debug.StopReason;
import coyotos.studio.sim.result.RunResult;

/**
 * Run From Here: the debugged run carried on from a stop to its end, with every change the user made on the way
 * (registers, capabilities, fault codes, memory), without stopping at breakpoints, as a run of its own that can be
 * saved and set against the original in the Compare view. The simulator is deterministic, so the run is the one
 * Resume would reach; the debugger then goes back to the stop (by checkpoints and replay, the changes replayed),
 * and the user carries on where they were.
 *
 * @param result   the run's result at its end
 * @param position the event the run forked at (the stop's position)
 * @param cycle    the cycle of that stop
 * @param changes  what the user changed, in words ("testHandler: fault MALFORMED_SPACE (13), info 0x0")
 */
public record ForkedRun(RunResult result, long position, long cycle, List<String> changes) {

    /** What the saved run's label says: where it forked and what changed. */
    public String describe() {
        return "forked at event " + position + " (cycle " + cycle + ") · "
                + (changes.isEmpty() ? "no change" : String.join("; ", changes));
    }

    /**
     * On the target's command thread: runs the session to its end without breakpoints, writes its events to
     * {@code eventsFile}, reinstalls the breakpoints and goes back to the stop it started from.
     *
     * @return the fork, and the stop the session is back at
     */
    static Taken take(DebugSession session, CoyotosDebugTarget target, Path eventsFile) {
        Stop here = session.stop();
        IntFunction<String> names = p -> session.info().processNames().get(p);
        List<String> changes = session.changes().stream().map((Change c) -> c.describe(names)).toList();
        session.setBreakpoints(List.of());
        RunResult result;
        try {
            Stop end = session.resume();
            while (end.reason() != StopReason.END) {
                // a suspend request from the user ends the fork early: carry on, the fork is a whole run
                end = session.resume();
            }
            result = session.result();
            target.events().writeTo(eventsFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            target.installBreakpoints();
        }
        Stop back = here.reason() == StopReason.START ? session.goToStart() : session.goTo(here.position());
        return new Taken(new ForkedRun(result, here.position(), here.cycle(), changes), back);
    }

    record Taken(ForkedRun fork, Stop back) {
    }
}
