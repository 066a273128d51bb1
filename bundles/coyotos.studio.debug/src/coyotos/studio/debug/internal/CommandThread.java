package coyotos.studio.debug.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.debug.core.DebugEvent;

import coyotos.studio.debug.CoyotosDebugTarget;
import coyotos.studio.sim.debug.Stop;

/**
 * The debug target's own thread for session commands, and where the system stands as the debugger sees it (running,
 * or suspended at a stop; the serial that dates what was read). A command waits for the simulation to stop, so it
 * never runs on the caller's (the UI) thread. It exists apart from the {@link CoyotosDebugTarget} because handing a
 * command over, seeing it end or fail, and keeping the stop and serial in step is plumbing every command shares,
 * while the target decides which command to run and what to tell the views.
 */
public final class CommandThread {

    /** What the target does around a command. */
    public interface Target {
        /** Whether the target has ended: a command ending after it changes nothing. */
        boolean isTerminated();

        /** The system runs: tells the views, with the command's resume detail. */
        void resumed(int detail);

        /** The system stopped at {@link CommandThread#stop()}: tells the views, with the stop's detail. */
        void suspended(int detail);

        /** The simulation failed: ends the target. */
        void terminate();
    }

    private final Target target;
    private final ExecutorService executor;
    private volatile boolean busy;
    private volatile Stop stop;
    /** Counts stops and edits: values read at another count are no longer the system's. */
    private volatile long serial;

    /** A command thread named after the target's {@code name}, with the system suspended at {@code start}. */
    public CommandThread(String name, Stop start, Target target) {
        this.target = target;
        this.stop = start;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "Coyotos debugger commands: " + name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Whether a command runs. */
    public boolean busy() {
        return busy;
    }

    /** The last stop. */
    public Stop stop() {
        return stop;
    }

    public long serial() {
        return serial;
    }

    /** The system changed without a command (an edit, the end): values read before are no longer its. */
    public void changed() {
        serial++;
    }

    /**
     * Hands a session command to the command thread. A second command while one runs is ignored, as the
     * platform ignores a resume of a running thread.
     */
    public synchronized void run(int resumeDetail, int stopDetail, Supplier<Stop> command) {
        if (target.isTerminated() || busy) {
            return;
        }
        busy = true;
        serial++;
        target.resumed(resumeDetail);
        executor.execute(() -> {
            Stop s;
            try {
                s = command.get();
            } catch (RuntimeException e) {
                if (target.isTerminated()) {
                    return;
                }
                ILog.of(CoyotosDebugTarget.class).error("The simulation failed: " + e.getMessage(), e);
                busy = false;
                target.terminate();
                return;
            }
            if (target.isTerminated()) {
                return;
            }
            stop = s;
            serial++;
            busy = false;
            target.suspended(detailOf(s, stopDetail));
        });
    }

    /** No more commands. */
    public void shutdown() {
        executor.shutdown();
    }

    private static int detailOf(Stop s, int asked) {
        return switch (s.reason()) {
            case BREAKPOINT -> DebugEvent.BREAKPOINT;
            case SUSPENDED -> DebugEvent.CLIENT_REQUEST;
            case STEP, STEP_OVER, STEP_INSTRUCTION -> DebugEvent.STEP_END;
            default -> asked;
        };
    }
}
