package coyotos.studio.sim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.fixtures.PropertyInputs;
import coyotos.studio.sim.image.Access;
import coyotos.studio.sim.image.Setup;
import coyotos.studio.sim.image.Step;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Workloads of every shape (loops nested and endless, empty touches, huge computes) end within the limits the run
 * was given, with a termination that matches what stopped them.
 */
class RunawayWorkloadPropertiesTest {
    private static final long MAX_EVENTS = 5_000;
    private static final long MAX_CYCLES = 50_000_000;
    private static final long[] LOOP_TIMES = {0, 1, 3, 1_000_000, Long.MAX_VALUE};
    private static final long MAX_TOUCH = 4 * 4096;

    private static Step touch(long length) {
        return new Step.Touch(Runaways.DATA, length, 512, Access.READ);
    }

    /** A touch of up to the worker's four pages, a compute of any length, or a yield: one in three each. */
    private static Step leaf(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> touch(PropertyInputs.between(r, 0, MAX_TOUCH));
            case 1 -> new Step.Compute(PropertyInputs.between(r, 0, Long.MAX_VALUE));
            default -> new Step.Yield();
        };
    }

    /** A leaf (two in three) or a loop over up to three workloads: a tree, finite since a loop has 1.5 children on average. */
    private static Step workload(Random r) {
        if (r.nextInt(3) < 2) {
            return leaf(r);
        }
        long times = LOOP_TIMES[r.nextInt(LOOP_TIMES.length)];
        return new Step.Loop(times, IntStream.range(0, r.nextInt(4)).mapToObj(i -> workload(r)).toList());
    }

    /** Each leaf at the ends of its range; every loop count over an empty body and over each such leaf; one loop in another. */
    private static Stream<Step> edgeWorkloads() {
        List<Step> leaves = List.of(touch(0), touch(MAX_TOUCH), new Step.Compute(0), new Step.Compute(Long.MAX_VALUE),
                new Step.Yield());
        Stream<Step> loops = LongStream.of(LOOP_TIMES).boxed().flatMap(times -> Stream.concat(Stream.of(List.<Step>of()),
                leaves.stream().map(List::of)).map(body -> new Step.Loop(times, body)));
        return Stream.of(leaves.stream(), loops,
                Stream.of(Step.Loop.of(Long.MAX_VALUE, Step.Loop.of(Long.MAX_VALUE, touch(0)), new Step.Compute(1))))
                .flatMap(s -> s);
    }

    /** The edge workloads, then 150 drawn ones. */
    static Stream<Step> everyRunEndsWithinItsLimits() {
        Random r = PropertyInputs.random();
        return Stream.concat(edgeWorkloads(), Stream.generate(() -> workload(r)).limit(150));
    }

    @ParameterizedTest
    @MethodSource
    void everyRunEndsWithinItsLimits(Step workload) {
        RunResult r = Simulation.run(Runaways.worker(Setup.DEFAULT.withLimits(MAX_CYCLES, MAX_EVENTS), workload));
        String run = workload + " ended " + r.termination() + " after " + r.events() + " events, " + r.totalCycles()
                + " cycles: " + r.diagnosis();
        assertTrue(r.events() <= MAX_EVENTS + 1, run);
        switch (r.termination()) {
            case COMPLETED -> assertTrue(r.totalCycles() < MAX_CYCLES && r.events() < MAX_EVENTS, run);
            case CYCLE_LIMIT -> assertTrue(r.totalCycles() >= MAX_CYCLES, run);
            case EVENT_LIMIT -> assertTrue(r.events() >= MAX_EVENTS, run);
            case STEP_LIMIT -> assertTrue(r.diagnosis().contains("'worker' spent most of them"), run);
            default -> throw new AssertionError("unexpected termination: " + run);
        }
        assertTrue(r.totalCycles() >= 0, () -> "cycles never wrap: " + run);
        assertTrue(r.termination() != Termination.COMPLETED || r.diagnosis().equals("completed"), run);
    }

    /** 20 drawn workloads. */
    static Stream<Step> theSameWorkloadGivesTheSameDigest() {
        Random r = PropertyInputs.random();
        return Stream.generate(() -> workload(r)).limit(20);
    }

    @ParameterizedTest
    @MethodSource
    void theSameWorkloadGivesTheSameDigest(Step workload) {
        Setup s = Setup.DEFAULT.withLimits(MAX_CYCLES, MAX_EVENTS);
        assertEquals(Simulation.run(Runaways.worker(s, workload)).digest(),
                Simulation.run(Runaways.worker(s, workload)).digest(), () -> workload.toString());
    }
}
