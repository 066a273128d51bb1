package coyotos.studio.sim.debug;

import coyotos.studio.sim.result.EventType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a session remembers of its run so that it can go back: checkpoints at step boundaries (thinned out
 * toward the past when they cost more memory than the budget: the start is always kept, so one can always go
 * back to it), the positions of the kernel events seen (to step back one event, or to the last fault), and the
 * changes the user made (replayed at the same positions).
 */
final class Timeline {

    /** A checkpoint and the session's own counters at its step boundary. */
    record Mark(long position, long steps, Checkpoint checkpoint, Map<Integer, Long> hits) {
    }

    /**
     * A change and the position it was made at ({@code boundary}: between steps, else after that event; a
     * {@code point} of 0 or more: at that instruction point of the step {@code steps}).
     */
    record Edit(long position, long steps, boolean boundary, int point, Change change) {
    }

    private final List<Mark> marks = new ArrayList<>();
    /** How many marks hold each saved value, so values shared between checkpoints are counted once. */
    private final IdentityHashMap<Object, Integer> holders = new IdentityHashMap<>();
    private long bytes;
    private final long budget;
    private final long interval;

    private long[] eventPositions = new long[1024];
    private int[] eventKinds = new int[1024];
    private int eventCount;

    private final List<Edit> edits = new ArrayList<>();

    /**
     * The program slices run so far: step, position at its start, process, instructions the process had retired
     * before it, and instruction points.
     */
    private long[] sliceSteps = new long[256];
    private long[] slicePositions = new long[256];
    private long[] sliceBases = new long[256];
    private int[] sliceProcesses = new int[256];
    private int[] slicePoints = new int[256];
    private int sliceCount;

    /**
     * @param budget   bytes the checkpoints may hold before older ones are dropped
     * @param interval events between two checkpoints (the longest replay a step back needs, while within budget)
     */
    Timeline(long budget, long interval) {
        this.budget = budget;
        this.interval = interval;
    }

    // --- checkpoints -----------------------------------------------------------------------------------------

    /**
     * Whether a checkpoint at this position and step count would be at least an interval (of events, or of kernel
     * steps: a program computing without kernel events still gets checkpoints) from its neighbours.
     */
    boolean due(long position, long steps) {
        Mark before = atOrBefore(position, steps);
        if (before != null && position - before.position < interval && steps - before.steps < interval) {
            return false;
        }
        Mark after = after(position, steps);
        return after == null || after.position - position >= interval || after.steps - steps >= interval;
    }

    void add(Mark m) {
        int i = 0;
        while (i < marks.size() && (marks.get(i).position < m.position
                || marks.get(i).position == m.position && marks.get(i).steps <= m.steps)) {
            i++;
        }
        marks.add(i, m);
        for (Object v : m.checkpoint.values()) {
            if (holders.merge(v, 1, Integer::sum) == 1) {
                bytes += Checkpoint.sizeOf(v);
            }
        }
        thin(m.position);
    }

    /** The latest checkpoint at or before the position (the start's at least). */
    Mark atOrBefore(long position) {
        Mark found = null;
        for (Mark m : marks) {
            if (m.position > position) {
                break;
            }
            found = m;
        }
        return found;
    }

    /** The latest checkpoint at or before the position whose step count is at most {@code steps}. */
    Mark atOrBefore(long position, long steps) {
        Mark found = null;
        for (Mark m : marks) {
            if (m.position > position || m.steps > steps) {
                break;
            }
            found = m;
        }
        return found;
    }

    private Mark after(long position, long steps) {
        for (Mark m : marks) {
            if (m.position > position || m.position == position && m.steps > steps) {
                return m;
            }
        }
        return null;
    }

    /** The checkpoints, oldest first. */
    List<Mark> marks() {
        return List.copyOf(marks);
    }

    /**
     * The future changed (a change was made at {@code position} in step {@code steps}): checkpoints after it no
     * longer hold, those of later steps at the same position included.
     */
    void dropAfter(long position, long steps) {
        while (!marks.isEmpty() && (marks.get(marks.size() - 1).position > position
                || marks.get(marks.size() - 1).steps > steps)) {
            remove(marks.size() - 1);
        }
    }

    /**
     * Drops checkpoints until the budget holds, never the first (the start) nor the newest. The one dropped is
     * the one whose neighbours are closest relative to its age, so checkpoints are dense where one just was and
     * sparse far back: a step back stays cheap, a jump far back costs a longer replay.
     */
    private void thin(long now) {
        while (bytes > budget && marks.size() > 2) {
            int victim = 1;
            double best = Double.MAX_VALUE;
            for (int i = 1; i < marks.size() - 1; i++) {
                long gap = marks.get(i + 1).position - marks.get(i - 1).position;
                double cost = (double) gap / (now - marks.get(i).position + 1);
                if (cost < best) {
                    best = cost;
                    victim = i;
                }
            }
            remove(victim);
        }
    }

    private void remove(int i) {
        Mark m = marks.remove(i);
        for (Object v : m.checkpoint.values()) {
            Integer n = holders.get(v);
            if (n == null) {
                continue;
            }
            if (n == 1) {
                holders.remove(v);
                bytes -= Checkpoint.sizeOf(v);
            } else {
                holders.put(v, n - 1);
            }
        }
    }

    long bytes() {
        return bytes;
    }

    long budget() {
        return budget;
    }

    /** The longest stretch of events between two checkpoints: what the dearest step back replays. */
    long longestReplay(long now) {
        long longest = 0;
        for (int i = 0; i < marks.size(); i++) {
            long next = i + 1 < marks.size() ? marks.get(i + 1).position : now;
            longest = Math.max(longest, next - marks.get(i).position);
        }
        return longest;
    }

    /** The longest stretch of kernel steps (program slices among them) between two checkpoints. */
    long longestReplaySteps(long nowSteps) {
        long longest = 0;
        for (int i = 0; i < marks.size(); i++) {
            long next = i + 1 < marks.size() ? marks.get(i + 1).steps : nowSteps;
            longest = Math.max(longest, next - marks.get(i).steps);
        }
        return longest;
    }

    // --- kernel events ---------------------------------------------------------------------------------------

    void event(long position, EventType type, int process) {
        if (eventCount == eventPositions.length) {
            eventPositions = Arrays.copyOf(eventPositions, eventCount * 2);
            eventKinds = Arrays.copyOf(eventKinds, eventCount * 2);
        }
        eventPositions[eventCount] = position;
        eventKinds[eventCount] = type.ordinal() << 20 | (process + 1);
        eventCount++;
    }

    /** Forgets the events after the position (they will be seen again as the run replays). */
    void truncateEvents(long position) {
        int i = eventCount;
        while (i > 0 && eventPositions[i - 1] > position) {
            i--;
        }
        eventCount = i;
    }

    /** The position of the last kernel event before {@code position}, or -1. */
    long eventBefore(long position) {
        return lastBefore(position, null);
    }

    /** The position of the last event of the type before {@code position} (any kernel event when null), or -1. */
    long lastBefore(long position, EventType type) {
        for (int i = eventCount - 1; i >= 0; i--) {
            if (eventPositions[i] < position && (type == null || eventKinds[i] >>> 20 == type.ordinal())) {
                return eventPositions[i];
            }
        }
        return -1;
    }

    /** The type and process of the kernel event at the position, or null when none was seen there. */
    int[] eventAt(long position) {
        int i = Arrays.binarySearch(eventPositions, 0, eventCount, position);
        return i < 0 ? null : new int[] { eventKinds[i] >>> 20, (eventKinds[i] & 0xFFFFF) - 1 };
    }

    int eventCount() {
        return eventCount;
    }

    // --- program slices --------------------------------------------------------------------------------------

    /**
     * A slice of a program ended: it ran in step {@code steps} from {@code position}, after the process had retired
     * {@code base} instructions, through {@code points} instruction points (point k follows base + k retired).
     */
    void slice(long steps, long position, int process, long base, int points) {
        if (sliceCount == sliceSteps.length) {
            int n = sliceCount * 2;
            sliceSteps = Arrays.copyOf(sliceSteps, n);
            slicePositions = Arrays.copyOf(slicePositions, n);
            sliceBases = Arrays.copyOf(sliceBases, n);
            sliceProcesses = Arrays.copyOf(sliceProcesses, n);
            slicePoints = Arrays.copyOf(slicePoints, n);
        }
        sliceSteps[sliceCount] = steps;
        slicePositions[sliceCount] = position;
        sliceBases[sliceCount] = base;
        sliceProcesses[sliceCount] = process;
        slicePoints[sliceCount] = points;
        sliceCount++;
    }

    /** Forgets the slices of step {@code steps} and after (they will run again as the run replays). */
    void truncateSlices(long steps) {
        while (sliceCount > 0 && sliceSteps[sliceCount - 1] >= steps) {
            sliceCount--;
        }
    }

    /**
     * The first instruction point of {@code process}, in a slice before step {@code steps}, that follows
     * {@code retired} retired instructions, as {step, position at the slice's start, point}; null when none. (An
     * instruction that faulted and ran again after the kernel mapped its page has two points with one count: the
     * first is where stepping forward stops.)
     */
    long[] firstPointAt(int process, long retired, long steps) {
        for (int i = 0; i < sliceCount && sliceSteps[i] < steps; i++) {
            if (sliceProcesses[i] == process && retired >= sliceBases[i] && retired < sliceBases[i] + slicePoints[i]) {
                return new long[] { sliceSteps[i], slicePositions[i], retired - sliceBases[i] };
            }
        }
        return null;
    }

    /** The memory the slice records hold (part of what going back costs). */
    long sliceBytes() {
        return (long) sliceSteps.length * 32;
    }

    // --- changes ---------------------------------------------------------------------------------------------

    /** A change made now: the future it had is gone, with the changes made in it. */
    void edit(Edit e) {
        edits.removeIf(old -> old.position > e.position || old.position == e.position && e.boundary && !old.boundary
                || e.point >= 0 && (old.steps > e.steps || old.steps == e.steps && old.point > e.point));
        edits.add(e);
        dropAfter(e.position, e.steps);
    }

    /** The changes made at a step boundary at the position, or after the event there. */
    List<Edit> editsAt(long position, boolean boundary) {
        List<Edit> out = new ArrayList<>();
        for (Edit e : edits) {
            if (e.position == position && e.boundary == boundary && e.point < 0) {
                out.add(e);
            }
        }
        return out;
    }

    /** Whether a change was made at an instruction point of step {@code steps}. */
    boolean pointEdits(long steps) {
        for (Edit e : edits) {
            if (e.point >= 0 && e.steps == steps) {
                return true;
            }
        }
        return false;
    }

    /** The changes made at instruction point {@code point} of step {@code steps}. */
    List<Edit> editsAtPoint(long steps, int point) {
        List<Edit> out = new ArrayList<>();
        for (Edit e : edits) {
            if (e.point == point && e.steps == steps) {
                out.add(e);
            }
        }
        return out;
    }

    List<Edit> edits() {
        return List.copyOf(edits);
    }

    static Map<Integer, Long> copy(Map<Integer, Long> hits) {
        return new HashMap<>(hits);
    }
}
