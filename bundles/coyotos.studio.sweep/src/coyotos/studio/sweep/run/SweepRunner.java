package coyotos.studio.sweep.run;

import coyotos.studio.sim.model.ModelSimulation;
import coyotos.studio.sim.model.Translation;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;
import coyotos.studio.sim.run.Cancellation;
import coyotos.studio.sweep.Shard;
import coyotos.studio.sweep.SweepException;
import coyotos.studio.sweep.model.PointModel;
import coyotos.studio.sweep.model.SweepModel;
import coyotos.studio.sweep.result.AxisInfo;
import coyotos.studio.sweep.result.PointResult;
import coyotos.studio.sweep.result.SweepInfo;
import coyotos.studio.sweep.result.SweepResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Runs the points of a sweep (or of one slice) on {@code jobs} threads. Each point is the single run of its
 * model: {@link ModelSimulation#translate} and {@link ModelSimulation#simulation}, the one run path of the CLI
 * and the IDE, with the sweep's seed, so its digest is that of the same model simulated alone.
 *
 * <p>Cancelling stops every running simulation at its next cancellation check (every few thousand simulated
 * steps) and starts no further point; points cut short are left out of the result, which is then marked
 * incomplete. A point that cannot be built or translated is a failed point with the reason, never the end of
 * the sweep.
 */
public final class SweepRunner {
    /** Points one run holds in memory at most; a larger sweep is spread with --shard. */
    public static final long MAX_POINTS_PER_RUN = 1_000_000;

    private final SweepModel model;
    private final SweepInfo info;

    public SweepRunner(SweepModel model, SweepInfo info) {
        this.model = Objects.requireNonNull(model);
        this.info = Objects.requireNonNull(info);
    }

    /** Every core of the machine: the default for {@code --jobs} and the IDE. */
    public static int allCores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    public static void checkSize(long totalPoints, Shard shard) throws SweepException {
        long n = shard.size(totalPoints);
        if (n > MAX_POINTS_PER_RUN) {
            throw new SweepException("this run would hold " + n + " points; one run holds at most " + MAX_POINTS_PER_RUN
                    + ". Spread the sweep over --shard I/N slices of at most that size and join them with sweep-merge.");
        }
    }

    public SweepResult run(int jobs, Shard shard, SweepProgress progress, BooleanSupplier cancel) throws SweepException {
        long total = model.spec().points();
        checkSize(total, shard);
        long slice = shard.size(total);
        PointResult[] results = new PointResult[(int) slice];
        AtomicLong next = new AtomicLong();
        AtomicLong done = new AtomicLong();
        Cancellation stop = new Cancellation();
        BooleanSupplier cancelled = () -> stop.getAsBoolean() || (cancel != null && cancel.getAsBoolean());
        long t0 = System.nanoTime();
        Object progressLock = new Object();
        Runnable worker = () -> {
            for (long k = next.getAndIncrement(); k < slice && !cancelled.getAsBoolean(); k = next.getAndIncrement()) {
                long index = (shard.index() - 1) + k * shard.count();
                PointResult r = runPoint(index, cancelled);
                if (r == null) {
                    return;
                }
                results[(int) k] = r;
                long d = done.incrementAndGet();
                synchronized (progressLock) {
                    progress.pointDone(r, d, slice, System.nanoTime() - t0);
                }
            }
        };
        int threads = (int) Math.max(1, Math.min(jobs, slice));
        List<Thread> pool = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(worker, "sweep-" + (i + 1));
            t.setDaemon(true);
            pool.add(t);
            t.start();
        }
        try {
            for (Thread t : pool) {
                t.join();
            }
        } catch (InterruptedException e) {
            stop.cancel();
            Thread.currentThread().interrupt();
            for (Thread t : pool) {
                try {
                    t.join();
                } catch (InterruptedException again) {
                    break;
                }
            }
        }
        List<PointResult> points = new ArrayList<>();
        for (PointResult r : results) {
            if (r != null) {
                points.add(r);
            }
        }
        List<AxisInfo> axes = model.spec().axes().stream().map(AxisInfo::of).toList();
        return new SweepResult(info.withShard(shard), axes, points, points.size() == slice);
    }

    /** The result of one point, or null when the run was cancelled (a cut-short run is no result). */
    private PointResult runPoint(long index, BooleanSupplier cancel) {
        List<String> values = model.spec().values(index);
        PointModel point;
        try {
            point = model.point(index);
        } catch (SweepException e) {
            return PointResult.failed(index, values, e.getMessage(), List.of());
        } catch (RuntimeException e) {
            return PointResult.failed(index, values, "could not build this point's model: " + e, List.of());
        }
        Translation t = SweepModel.translate(point);
        if (t.hasErrors()) {
            List<String> errors = t.errors().stream()
                    .map(p -> (p.elementLabel() != null ? p.elementLabel() + ": " : "") + p.message()).toList();
            return PointResult.failed(index, values, "cannot be simulated: " + String.join("; ", errors), point.notes());
        }
        RunResult r;
        try {
            r = ModelSimulation.simulation(t).cancel(cancel).run();
        } catch (RuntimeException e) {
            return PointResult.failed(index, values, "the simulation failed: " + e, point.notes());
        }
        if (r.termination() == Termination.CANCELLED) {
            return null;
        }
        return PointResult.of(index, values, r, point.notes());
    }
}
