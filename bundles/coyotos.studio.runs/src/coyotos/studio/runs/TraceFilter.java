package coyotos.studio.runs;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

import coyotos.studio.sim.result.EventType;

/**
 * Which rows of an event log a filter keeps: by process (as actor or peer) and by event type. Returns row
 * numbers, so a virtual table shows a filtered million-event trace without copying events.
 */
public final class TraceFilter {

    public static final int ANY_PROCESS = -1;

    private final int process;
    private final long typeMask;

    public TraceFilter(int process, long typeMask) {
        this.process = process;
        this.typeMask = typeMask;
    }

    public static TraceFilter all() {
        return new TraceFilter(ANY_PROCESS, EventType.ALL);
    }

    public int process() {
        return process;
    }

    public long typeMask() {
        return typeMask;
    }

    public boolean keeps(EventLog log, int row) {
        return (log.type(row).bit() & typeMask) != 0
                && (process == ANY_PROCESS || log.process(row) == process || log.peer(row) == process);
    }

    /** The kept rows in order; stops early (returning what it has) when cancelled. */
    public int[] rows(EventLog log, BooleanSupplier cancelled) {
        int[] rows = new int[Math.min(log.size(), 1 << 16)];
        int count = 0;
        for (int row = 0; row < log.size(); row++) {
            if ((row & 0xFFFF) == 0 && cancelled.getAsBoolean()) {
                break;
            }
            if (keeps(log, row)) {
                if (count == rows.length) {
                    rows = Arrays.copyOf(rows, Math.min(log.size(), rows.length * 2));
                }
                rows[count++] = row;
            }
        }
        return Arrays.copyOf(rows, count);
    }
}
