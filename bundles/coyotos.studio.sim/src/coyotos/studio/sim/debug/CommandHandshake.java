package coyotos.studio.sim.debug;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The hand-over between the callers of a {@link DebugSession} and its simulation thread: a caller leaves one
 * {@link Command} and waits; the thread, stopped inside the kernel, publishes the {@link Stop} it reached and waits
 * for the next. It exists apart from the {@link SessionDriver} so that the locking (which state is guarded, who
 * waits for whom, how a failure or the end reaches a waiting caller) is in one place, away from the stepping.
 */
final class CommandHandshake {

    private final Object lock = new Object();
    /** Guarded by {@link #lock}: the handshake between the callers and the simulation thread. */
    private Command pending;
    private Stop published;
    /** The stop the running command started from. */
    private Stop from;
    private boolean busy = true;
    private boolean closed;
    private Throwable failure;
    private volatile boolean suspendRequested;
    private volatile boolean terminateRequested;

    // --- the callers' side -----------------------------------------------------------------------------------

    void awaitStart() {
        synchronized (lock) {
            while (published == null && failure == null && !closed) {
                waitQuietly();
            }
            rethrowFailure();
        }
    }

    Stop command(Command c) {
        synchronized (lock) {
            checkSuspended();
            // a suspend asked for before this command is not for it; one asked for from now on is
            suspendRequested = false;
            pending = c;
            busy = true;
            from = published;
            published = null;
            lock.notifyAll();
            while (busy && !closed) {
                waitQuietly();
            }
            rethrowFailure();
            if (published == null) {
                throw new IllegalStateException("the debug session has ended");
            }
            return published;
        }
    }

    Stop suspendedStop() {
        synchronized (lock) {
            checkSuspended();
            return published;
        }
    }

    /** Runs {@code action} on the stop the system is suspended at, holding the lock (so no command starts). */
    <T> T whileSuspended(Function<Stop, T> action) {
        synchronized (lock) {
            checkSuspended();
            return action.apply(published);
        }
    }

    /** Runs {@code action} holding the lock. */
    <T> T locked(Supplier<T> action) {
        synchronized (lock) {
            return action.get();
        }
    }

    boolean running() {
        synchronized (lock) {
            return busy && !closed;
        }
    }

    boolean closed() {
        synchronized (lock) {
            return closed;
        }
    }

    void requestSuspend() {
        suspendRequested = true;
    }

    void terminate() {
        terminateRequested = true;
        synchronized (lock) {
            if (!busy && !closed) {
                pending = Command.TERMINATE;
                busy = true;
                lock.notifyAll();
            }
        }
    }

    private void checkSuspended() {
        rethrowFailure();
        if (closed) {
            throw new IllegalStateException("the debug session has ended");
        }
        if (busy) {
            throw new IllegalStateException("the system is running: suspend it first");
        }
    }

    private void rethrowFailure() {
        if (failure != null) {
            throw new IllegalStateException("the simulation failed: " + failure, failure);
        }
    }

    private void waitQuietly() {
        try {
            lock.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the system was running", e);
        }
    }

    // --- the simulation thread's side ------------------------------------------------------------------------

    /** Waits for the next command with {@code s} published; returns it. */
    Command await(Stop s) {
        synchronized (lock) {
            published = s;
            busy = false;
            lock.notifyAll();
            while (pending == null) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    pending = Command.TERMINATE;
                }
            }
            Command c = pending;
            pending = null;
            busy = true;
            return c;
        }
    }

    /** The stop the running command started from. */
    Stop from() {
        return from;
    }

    boolean suspendRequested() {
        return suspendRequested;
    }

    /** A suspend asked for is answered by the stop being made. */
    void suspendAnswered() {
        suspendRequested = false;
    }

    boolean terminateRequested() {
        return terminateRequested;
    }

    void fail(Throwable t) {
        synchronized (lock) {
            failure = t;
        }
    }

    /** The simulation thread has ended: wakes every waiting caller. */
    void close() {
        synchronized (lock) {
            closed = true;
            busy = false;
            lock.notifyAll();
        }
    }
}
