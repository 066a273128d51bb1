package coyotos.studio.sweep.result;

import java.util.Comparator;
import java.util.List;

/**
 * The outcome of a sweep (or of one slice of it): its description, its axes, and one result per point run, in
 * point order. {@code complete} is false when the sweep was cancelled before every point of its slice ran.
 */
public record SweepResult(SweepInfo info, List<AxisInfo> axes, List<PointResult> points, boolean complete) {

    public SweepResult {
        axes = List.copyOf(axes);
        points = points.stream().sorted(Comparator.comparingLong(PointResult::index)).toList();
    }

    public int axisIndex(String name) {
        for (int i = 0; i < axes.size(); i++) {
            if (axes.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public long failedPoints() {
        return points.stream().filter(PointResult::failed).count();
    }
}
