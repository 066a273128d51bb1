package coyotos.studio.sweep.result;

import coyotos.studio.sweep.Shard;
import coyotos.studio.sweep.SweepException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Joins the outputs of {@code sweep --shard I/N} into the result of the whole sweep, as if it had run on one
 * machine. Refuses, with the file to blame, anything that would make the joined result wrong: slices of
 * different sweeps or of different versions of the model, a slice that was cancelled, a point reported twice
 * with different outcomes, and points that no slice holds.
 */
public final class SweepMerge {

    private SweepMerge() {
    }

    /** {@code sources} name the parts in messages, in the same order. */
    public static SweepResult merge(List<SweepResult> parts, List<String> sources) throws SweepException {
        if (parts.isEmpty()) {
            throw new SweepException("nothing to merge: give the JSON outputs of sweep --shard I/N.");
        }
        SweepResult first = parts.get(0);
        Map<Long, PointResult> points = new HashMap<>();
        Map<Long, String> from = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            SweepResult p = parts.get(i);
            String src = sources.get(i);
            if (!p.info().sameSweep(first.info())) {
                throw new SweepException(src + " is a slice of another sweep than " + sources.get(0) + " ("
                        + difference(first.info(), p.info()) + ").");
            }
            if (!p.axes().equals(first.axes())) {
                throw new SweepException(src + " has other axes than " + sources.get(0) + ".");
            }
            if (!p.complete()) {
                throw new SweepException(src + " (shard " + p.info().shard() + ") was cancelled before it finished: run "
                        + "that slice again.");
            }
            for (PointResult r : p.points()) {
                PointResult had = points.putIfAbsent(r.index(), r);
                if (had != null && !java.util.Objects.equals(had.digest(), r.digest())) {
                    throw new SweepException("point " + r.index() + " is in " + from.get(r.index()) + " and in " + src
                            + " with different outcomes (digest " + had.digest() + " and " + r.digest() + ").");
                }
                from.putIfAbsent(r.index(), src);
            }
        }
        long total = first.info().totalPoints();
        if (points.size() != total) {
            TreeSet<Long> missing = new TreeSet<>();
            for (long k = 0; k < total && missing.size() < 10; k++) {
                if (!points.containsKey(k)) {
                    missing.add(k);
                }
            }
            throw new SweepException("the slices hold " + points.size() + " of the sweep's " + total + " points; missing "
                    + "points include " + missing + missingShards(parts, total) + ".");
        }
        List<PointResult> all = new ArrayList<>(points.values());
        return new SweepResult(first.info().withShard(Shard.ALL), first.axes(), all, true);
    }

    private static String missingShards(List<SweepResult> parts, long total) {
        int n = parts.get(0).info().shard().count();
        TreeSet<Integer> have = new TreeSet<>();
        for (SweepResult p : parts) {
            if (p.info().shard().count() != n) {
                return "";
            }
            have.add(p.info().shard().index());
        }
        List<String> absent = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            if (!have.contains(i)) {
                absent.add(i + "/" + n);
            }
        }
        return absent.isEmpty() ? "" : " (no output of shard " + String.join(", ", absent) + ")";
    }

    private static String difference(SweepInfo a, SweepInfo b) {
        if (!java.util.Objects.equals(a.modelSha256(), b.modelSha256())) {
            return "the model files differ";
        }
        if (!a.vary().equals(b.vary())) {
            return "axes " + a.vary() + " and " + b.vary();
        }
        if (a.totalPoints() != b.totalPoints()) {
            return a.totalPoints() + " and " + b.totalPoints() + " points";
        }
        return "profile, kernel, seed or model differ";
    }
}
