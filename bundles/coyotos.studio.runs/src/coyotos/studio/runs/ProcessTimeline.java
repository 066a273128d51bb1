package coyotos.studio.runs;

import java.util.ArrayList;
import java.util.List;

import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.ProcessState;

/**
 * The state of each process over simulated time, from the STATE_CHANGE events of a run: what the Timeline
 * view draws as one lane per process.
 */
public final class ProcessTimeline {

    /** A stretch of simulated time [start, end) a process spent in one state; {@code row} is the event that began it. */
    public record Interval(long start, long end, ProcessState state, int row) {
    }

    private final List<List<Interval>> lanes;
    private final long end;

    private ProcessTimeline(List<List<Interval>> lanes, long end) {
        this.lanes = lanes;
        this.end = end;
    }

    public static ProcessTimeline of(EventLog log, int processes) {
        List<List<Interval>> lanes = new ArrayList<>();
        long[] since = new long[processes];
        ProcessState[] state = new ProcessState[processes];
        int[] startRow = new int[processes];
        for (int p = 0; p < processes; p++) {
            lanes.add(new ArrayList<>());
            state[p] = ProcessState.READY;
            startRow[p] = -1;
        }
        long last = 0;
        for (int row = 0; row < log.size(); row++) {
            last = Math.max(last, log.cycle(row));
            if (log.type(row) != EventType.STATE_CHANGE) {
                continue;
            }
            int p = log.process(row);
            if (p < 0 || p >= processes) {
                continue;
            }
            long now = log.cycle(row);
            if (now > since[p]) {
                lanes.get(p).add(new Interval(since[p], now, state[p], startRow[p]));
            }
            since[p] = now;
            state[p] = ProcessState.values()[(int) log.value(row)];
            startRow[p] = row;
        }
        for (int p = 0; p < processes; p++) {
            if (last > since[p]) {
                lanes.get(p).add(new Interval(since[p], last, state[p], startRow[p]));
            }
        }
        return new ProcessTimeline(lanes, last);
    }

    public int laneCount() {
        return lanes.size();
    }

    public List<Interval> lane(int process) {
        return lanes.get(process);
    }

    /** Simulated time of the last event. */
    public long end() {
        return end;
    }

    /** The interval of a lane at a time, or null (binary search: lanes are sorted and disjoint). */
    public Interval at(int process, long cycle) {
        List<Interval> lane = lanes.get(process);
        int lo = 0;
        int hi = lane.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Interval i = lane.get(mid);
            if (cycle < i.start()) {
                hi = mid - 1;
            } else if (cycle >= i.end()) {
                lo = mid + 1;
            } else {
                return i;
            }
        }
        return null;
    }
}
