package coyotos.studio.debug;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import coyotos.studio.runs.RunFiles;
import coyotos.studio.runs.RunRecord;
import coyotos.studio.sim.debug.DebugSession;
import coyotos.studio.sim.debug.Stop;
import coyotos.studio.sim.result.RunResult;

/**
 * What the results views show of a debugged run while it is suspended: the run as it stands, with its costs so far
 * (a record without a termination) and its events so far (written in the run log's format), the cycle of the stop
 * and the row of the stop's event in that log. The Timeline draws its cursor at the cycle, the Trace selects the
 * row, Cost Breakdown draws the costs; they read it as they read a saved run.
 *
 * @param record    the run so far; its {@code eventsFile} names {@code eventsFile}
 * @param eventsFile the events so far
 * @param cycle     the simulated cycle of the stop
 * @param eventRow  the row of the stop's event in the log: the last kept event at or before it, -1 when none
 */
public record SuspendedRun(RunRecord record, Path eventsFile, long cycle, int eventRow) {

    /**
     * Takes the run as it stands at the target's stop, writing its events into a new file of {@code folder} (a
     * newer stop never overwrites a log a view still reads; the caller deletes the files it no longer shows).
     *
     * @return null when the target is not suspended (it runs, or it has ended)
     */
    public static SuspendedRun of(CoyotosDebugTarget target, Path folder) throws IOException {
        if (target.isTerminated() || !target.isSuspended()) {
            return null;
        }
        DebugSession session = target.session();
        Stop stop;
        RunResult soFar;
        try {
            stop = session.stop();
            soFar = session.resultSoFar();
        } catch (IllegalStateException resumedMeanwhile) {
            return null;
        }
        Path events = Files.createTempFile(folder, "suspended-", RunFiles.EVENTS_SUFFIX);
        target.events().writeTo(events);
        long position = stop.event() != null ? stop.event().position() : stop.position();
        String model = target.model() != null ? target.model().getFullPath().toString() : session.info().image();
        String label = target.getName() + " · suspended at event " + stop.position() + " (cycle " + stop.cycle()
                + ")";
        RunRecord record = RunRecord.of(soFar, label, model, events.getFileName().toString());
        return new SuspendedRun(record, events, stop.cycle(), target.events().rowAt(position));
    }

    /** Where a record file of this run would lie: beside its events (views find the log through it). */
    public Path recordFile() {
        String name = eventsFile.getFileName().toString();
        return eventsFile.resolveSibling(name.substring(0, name.length() - RunFiles.EVENTS_SUFFIX.length())
                + RunFiles.RECORD_SUFFIX);
    }
}
