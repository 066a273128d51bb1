package coyotos.studio.debug.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import coyotos.studio.runs.EventLog;
import coyotos.studio.sim.debug.DebugSession;
import coyotos.studio.sim.result.EventType;

/**
 * The events of a debugged run so far, as the Trace and Timeline read a run (the structural events: touches and
 * TLB misses are counted, not kept, as Run As keeps them), in memory so that going back can forget the events
 * after a position. Written out in the run log's format ({@link EventLog.Writer}) whenever the views should show
 * the run as it stands.
 */
public final class LiveEvents implements DebugSession.Recorder {

    /** Events kept, as Run As keeps them: the first ones. */
    public static final int LIMIT = 2_000_000;

    private long[] positions = new long[4096];
    private long[] cycles = new long[4096];
    private int[] kinds = new int[4096];
    private int[] processes = new int[4096];
    private int[] peers = new int[4096];
    private long[] values = new long[4096];
    private long[] details = new long[4096];
    private int size;

    @Override
    public long interestMask() {
        return EventType.STRUCTURAL;
    }

    @Override
    public synchronized void record(long position, long cycle, EventType type, int process, int peer, long value,
            long detail) {
        if (size == LIMIT) {
            return;
        }
        if (size == positions.length) {
            int n = Math.min(LIMIT, size * 2);
            positions = Arrays.copyOf(positions, n);
            cycles = Arrays.copyOf(cycles, n);
            kinds = Arrays.copyOf(kinds, n);
            processes = Arrays.copyOf(processes, n);
            peers = Arrays.copyOf(peers, n);
            values = Arrays.copyOf(values, n);
            details = Arrays.copyOf(details, n);
        }
        positions[size] = position;
        cycles[size] = cycle;
        kinds[size] = type.ordinal();
        processes[size] = process;
        peers[size] = peer;
        values[size] = value;
        details[size] = detail;
        size++;
    }

    @Override
    public synchronized void rewind(long position) {
        size = rowsUpTo(position);
    }

    public synchronized int size() {
        return size;
    }

    /** The row of the last kept event at or before the position, or -1. */
    public synchronized int rowAt(long position) {
        return rowsUpTo(position) - 1;
    }

    private int rowsUpTo(long position) {
        int i = Arrays.binarySearch(positions, 0, size, position);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** Writes the events kept so far in the run log's format. */
    public synchronized void writeTo(Path file) throws IOException {
        try (EventLog.Writer w = new EventLog.Writer(file, EventType.ALL, LIMIT)) {
            for (int i = 0; i < size; i++) {
                w.onEvent(cycles[i], EventType.of(kinds[i]), processes[i], peers[i], values[i], details[i]);
            }
        }
    }
}
