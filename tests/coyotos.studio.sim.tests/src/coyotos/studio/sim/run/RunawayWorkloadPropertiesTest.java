package coyotos.studio.sim.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.image.Access;
import coyotos.studio.sim.image.Setup;
import coyotos.studio.sim.image.Step;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Workloads of every shape (loops nested and endless, empty touches, huge computes) end within the limits the run
 * was given, with a termination that matches what stopped them.
 */
class RunawayWorkloadPropertiesTest {
    private static final long MAX_EVENTS = 5_000;
    private static final long MAX_CYCLES = 50_000_000;

    @Provide
    Arbitrary<Step> workloads() {
        return Arbitraries.lazyOf(this::leaf, this::leaf, this::loop);
    }

    private Arbitrary<Step> leaf() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(0, 4 * 4096).map(len -> new Step.Touch(Runaways.DATA, len, 512, Access.READ)),
                Arbitraries.longs().between(0, Long.MAX_VALUE).map(Step.Compute::new),
                Arbitraries.just(new Step.Yield()));
    }

    private Arbitrary<Step> loop() {
        return net.jqwik.api.Combinators.combine(Arbitraries.of(0L, 1L, 3L, 1_000_000L, Long.MAX_VALUE),
                workloads().list().ofMaxSize(3)).as((times, body) -> new Step.Loop(times, body));
    }

    @Property(tries = 150)
    void everyRunEndsWithinItsLimits(@ForAll("workloads") Step workload) {
        RunResult r = Simulation.run(Runaways.worker(Setup.DEFAULT.withLimits(MAX_CYCLES, MAX_EVENTS), workload));
        assertTrue(r.events() <= MAX_EVENTS + 1, r.events() + " events");
        switch (r.termination()) {
            case COMPLETED -> assertTrue(r.totalCycles() < MAX_CYCLES && r.events() < MAX_EVENTS, r.diagnosis());
            case CYCLE_LIMIT -> assertTrue(r.totalCycles() >= MAX_CYCLES, r.diagnosis());
            case EVENT_LIMIT -> assertTrue(r.events() >= MAX_EVENTS, r.diagnosis());
            case STEP_LIMIT -> assertTrue(r.diagnosis().contains("'worker' spent most of them"), r.diagnosis());
            default -> throw new AssertionError("unexpected " + r.termination() + ": " + r.diagnosis());
        }
        assertTrue(r.totalCycles() >= 0, "cycles never wrap");
        assertTrue(r.termination() != Termination.COMPLETED || r.diagnosis().equals("completed"), r.diagnosis());
    }

    @Property(tries = 20)
    void theSameWorkloadGivesTheSameDigest(@ForAll("workloads") Step workload) {
        Setup s = Setup.DEFAULT.withLimits(MAX_CYCLES, MAX_EVENTS);
        assertTrue(Simulation.run(Runaways.worker(s, workload)).digest()
                == Simulation.run(Runaways.worker(s, List.of(workload).get(0))).digest());
    }
}
