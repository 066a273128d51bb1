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

    /** Pixels [x0, x1) of a window that show one state; the first interval drawn there is {@code interval}. */
    public record Bar(int x0, int x1, ProcessState state, Interval interval) {
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

    /**
     * The visible-interval query: what a lane shows through a window, as bars in pixel order that never
     * overlap and are at least a pixel wide. Binary search finds the first visible interval; once an interval
     * is narrower than a pixel, everything ending inside the pixel it was drawn into is skipped (again by
     * binary search), so a lane of a million intervals costs a few thousand steps per window.
     */
    public List<Bar> bars(int process, TimeWindow window) {
        List<Interval> lane = lanes.get(process);
        List<Bar> bars = new ArrayList<>();
        double visibleEnd = window.end();
        int i = firstEndingAfter(lane, window.start());
        int drawnTo = Integer.MIN_VALUE;
        while (i < lane.size()) {
            Interval iv = lane.get(i);
            if (iv.start() >= visibleEnd) {
                break;
            }
            int x0 = Math.max(window.x(iv.start()), drawnTo);
            int x1 = Math.max(window.x(iv.end()), x0 + 1);
            bars.add(new Bar(x0, x1, iv.state(), iv));
            drawnTo = x1;
            int next = i + 1;
            if (window.x(iv.end()) <= x0) {
                // sub-pixel interval: everything ending before the next pixel is hidden under this one
                next = Math.max(next, firstEndingAfter(lane, window.cycleAt(x1)));
            }
            i = next;
        }
        return bars;
    }

    /** Index of the first interval whose end lies after {@code cycle} (lanes are sorted and disjoint). */
    static int firstEndingAfter(List<Interval> lane, double cycle) {
        int lo = 0;
        int hi = lane.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lane.get(mid).end() <= cycle) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The lane of an interval of this timeline, or -1. */
    public int laneOf(Interval interval) {
        for (int p = 0; p < lanes.size(); p++) {
            if (at(p, interval.start()) == interval) {
                return p;
            }
        }
        return -1;
    }
}
