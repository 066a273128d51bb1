package coyotos.studio.sweep.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.run.Cancellation;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import coyotos.studio.sweep.Fixtures;
import coyotos.studio.sweep.Shard;
import coyotos.studio.sweep.SweepException;
import coyotos.studio.sweep.model.SweepModel;
import coyotos.studio.sweep.result.PointResult;
import coyotos.studio.sweep.result.SweepFiles;
import coyotos.studio.sweep.result.SweepInfo;
import coyotos.studio.sweep.result.SweepResult;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Cancellation: running points stop at their next check (within 100 ms), no point starts after")
class CancellationTest {

    static SweepRunner runner(SweepModel m) throws SweepException {
        File f = Fixtures.example("seed-external-own-space");
        SweepInfo info = SweepFiles.info(f.toPath(), f.getName(), "seed", m.spec());
        return new SweepRunner(m, info);
    }

    /**
     * Points whose workload loops for billions of cycles, so every thread is inside a simulation when the cancel
     * comes. Each must stop at its first cancellation check after it: the simulator checks every 4,096 steps
     * (about a millisecond of CPU here), which is what keeps cancelling within 100 ms. The wall-clock time is
     * printed, not asserted: on a machine shared by many builds the scheduler, not the sweep, decides it
     * ({@code SweepBenchmark} measures it).
     */
    @Test
    void runningPointsStopAtTheirFirstCancellationCheck() throws Exception {
        SweepModel m = Fixtures.model("seed-external-own-space", "app/workload/steps.32/count=100000000",
                "simulation/maxCycles=900000000000000", "simulation/maxEvents=900000000000000", "replicate=1..8");
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicLong polls = new AtomicLong();
        AtomicLong pollsAfterCancel = new AtomicLong();
        BooleanSupplier cancel = () -> {
            polls.incrementAndGet();
            if (cancelled.get()) {
                pollsAfterCancel.incrementAndGet();
                return true;
            }
            return false;
        };
        AtomicReference<SweepResult> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch finished = new CountDownLatch(1);
        int jobs = 2;
        Thread t = new Thread(() -> {
            try {
                result.set(runner(m).run(jobs, Shard.ALL, SweepProgress.NONE, cancel));
            } catch (SweepException e) {
                failure.set(e);
            } finally {
                finished.countDown();
            }
        });
        t.start();
        while (polls.get() < 100 * jobs) {
            Thread.sleep(10);
        }
        assertEquals(1, finished.getCount(), "the points are still running");
        long t0 = System.nanoTime();
        cancelled.set(true);
        assertTrue(finished.await(60, TimeUnit.SECONDS));
        System.out.printf("sweep cancel: ended %.1f ms after cancel (%d simulations running)%n",
                (System.nanoTime() - t0) / 1e6, jobs);
        assertEquals(null, failure.get());
        assertTrue(pollsAfterCancel.get() <= jobs, "each running simulation stops at its first check after the cancel: "
                + pollsAfterCancel.get() + " checks for " + jobs + " simulations");
        assertFalse(result.get().complete());
        assertTrue(result.get().points().isEmpty(), "a run cut short is not a result");
    }

    @Test
    void noPointStartsAfterCancel() throws SweepException {
        SweepModel m = Fixtures.model("seed-external-own-space", "replicate=1..6");
        Cancellation cancel = new Cancellation();
        List<Long> done = new ArrayList<>();
        SweepResult r = runner(m).run(1, Shard.ALL, (p, n, total, elapsed) -> {
            done.add(p.index());
            if (n == 3) {
                cancel.cancel();
            }
        }, cancel);
        assertEquals(List.of(0L, 1L, 2L), done);
        assertEquals(List.of(0L, 1L, 2L), r.points().stream().map(PointResult::index).toList());
        assertFalse(r.complete());
    }
}
