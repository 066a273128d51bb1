package coyotos.studio.sweep.perf;

import coyotos.studio.sim.run.Cancellation;
import coyotos.studio.sweep.Fixtures;
import coyotos.studio.sweep.Shard;
import coyotos.studio.sweep.SweepException;
import coyotos.studio.sweep.SweepFile;
import coyotos.studio.sweep.model.SweepModel;
import coyotos.studio.sweep.result.Metric;
import coyotos.studio.sweep.result.SweepChart;
import coyotos.studio.sweep.result.SweepFiles;
import coyotos.studio.sweep.result.SweepResult;
import coyotos.studio.sweep.result.SweepSeries;
import coyotos.studio.sweep.run.SweepProgress;
import coyotos.studio.sweep.run.SweepRunner;
import java.io.File;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (prints figures, asserts nothing; {@code ./studio bench} runs it): a 1,000-point sweep of the seed
 * example (seed-external-own-space, one point per random seed) on 1 thread and on every core, points per second
 * and the speed-up; the wall-clock time from cancel to the end of a busy sweep; and the bundled handler-scaling
 * sweep with the crossovers it finds.
 */
public final class SweepBenchmark {
    static final String SEED = "seed-external-own-space";

    @Test
    void thousandPointsOnOneCoreAndOnAll() throws Exception {
        int cores = SweepRunner.allCores();
        // warm-up: the JIT compiles the simulator, EMF copying and translation before anything is timed
        run(SEED, cores, "simulation/randomSeed=1..1000");
        System.out.println("sweep benchmark: 1,000 points of " + SEED + " (simulation/randomSeed=1..1000), "
                + cores + " core(s); best of two runs each, taken in turn");
        double one = 0;
        double all = 0;
        for (int round = 0; round < 2; round++) {
            one = Math.max(one, pointsPerSecond(1));
            all = Math.max(all, pointsPerSecond(cores));
        }
        System.out.printf("  1 thread:   %8.1f points/s%n", one);
        System.out.printf("  %d threads: %8.1f points/s  speed-up x%.2f (%.0f%% of linear)%n", cores, all, all / one,
                100 * all / one / cores);
        cancelLatency(cores);
        bundledExample(cores);
    }

    private static double pointsPerSecond(int jobs) throws SweepException {
        long t0 = System.nanoTime();
        SweepResult r = run(SEED, jobs, "simulation/randomSeed=1..1000");
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (r.points().size() != 1000 || r.failedPoints() != 0) {
            System.out.println("  (unexpected: " + r.points().size() + " points, " + r.failedPoints() + " failed)");
        }
        return 1000 / seconds;
    }

    private static SweepResult run(String example, int jobs, String... vary) throws SweepException {
        return Fixtures.sweep(example, jobs, Shard.ALL, vary);
    }

    private static void cancelLatency(int jobs) throws Exception {
        SweepModel m = Fixtures.model(SEED, "app/workload/steps.32/count=100000000", "simulation/maxCycles=900000000000000",
                "simulation/maxEvents=900000000000000", "replicate=1..8");
        File f = Fixtures.example(SEED);
        SweepRunner runner = new SweepRunner(m, SweepFiles.info(f.toPath(), f.getName(), "seed", m.spec()));
        for (int round = 0; round < 5; round++) {
            Cancellation cancel = new Cancellation();
            CountDownLatch done = new CountDownLatch(1);
            Thread t = new Thread(() -> {
                try {
                    runner.run(jobs, Shard.ALL, SweepProgress.NONE, cancel);
                } catch (SweepException e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            });
            t.start();
            Thread.sleep(300);
            long t0 = System.nanoTime();
            cancel.cancel();
            done.await();
            System.out.printf("  cancel of a busy sweep (%d simulations running): ended %.1f ms after cancel%n", jobs,
                    (System.nanoTime() - t0) / 1e6);
        }
    }

    private static void bundledExample(int jobs) throws SweepException {
        SweepFile file = SweepFile.read(Fixtures.EXAMPLES.toPath().resolve("handler-scaling.sweep"));
        SweepModel m = SweepModel.of(Fixtures.load("handler-scaling"), file.spec());
        File f = file.model().toFile();
        long t0 = System.nanoTime();
        SweepResult r = new SweepRunner(m, SweepFiles.info(f.toPath(), f.getName(), "handler-scaling", m.spec()))
                .run(jobs, Shard.ALL, SweepProgress.NONE, null);
        System.out.printf("handler-scaling.sweep: %d points in %.1f s%n", r.points().size(), (System.nanoTime() - t0) / 1e9);
        for (String kernel : r.axes().get(0).values()) {
            for (String metric : new String[] { "memory.total", "memory.HANDLER_STACKS", "perFault.overhead",
                "totalCycles" }) {
                SweepChart c = SweepSeries.chart(r, Metric.of(metric), 2, 1, Map.of(0, kernel));
                System.out.println("  " + kernel + ", " + metric + ": " + c.crossoverText().replace("\n", "; "));
            }
        }
    }
}
