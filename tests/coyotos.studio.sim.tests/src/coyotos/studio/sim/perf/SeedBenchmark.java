package coyotos.studio.sim.perf;

import coyotos.studio.sim.fixtures.SeedScenarios;
import coyotos.studio.sim.fixtures.SeedScenarios.HandlerConfig;
import coyotos.studio.sim.fixtures.SeedScenarios.Params;
import coyotos.studio.sim.image.Setup;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.run.Simulation;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (not a test: it prints figures and asserts nothing; {@code ./studio bench} runs it): the seed example
 * scaled to 10^6 faults (4 workers x 250 000 fresh heap pages), events/s per handler configuration, then 1x/2x/4x
 * model sizes to show linear growth. Also a main: {@code SeedBenchmark [profile]}.
 */
public final class SeedBenchmark {
    @Test
    void seedExampleAtAMillionFaults() {
        main(new String[0]);
    }

    public static void main(String[] args) {
        String profile = args.length > 0 ? args[0] : "pentium4";
        Setup setup = Setup.DEFAULT.withProfile(profile).withLimits(Long.MAX_VALUE, Long.MAX_VALUE);
        // Warm-up so the JIT has compiled the hot loop.
        Simulation.run(SeedScenarios.build(HandlerConfig.EXTERNAL_OWN_SPACE, Params.defaults().withHeapPages(20_000), setup));

        System.out.println("seed example, 10^6 faults, profile " + profile);
        for (HandlerConfig c : HandlerConfig.values()) {
            Params p = Params.defaults().withWorkers(4).withHeapPages(250_000);
            RunResult r = Simulation.run(SeedScenarios.build(c, p, setup));
            System.out.printf("  %-22s faults %,d  events %,d  wall %,d ms  %.1f M events/s  digest %s%n", c,
                    r.faults().raised(), r.events(), r.wallNanos() / 1_000_000, r.eventsPerSecond() / 1e6, r.digestHex());
        }

        System.out.println("model size scaling (EXTERNAL_OWN_SPACE, 62 500 heap pages per worker)");
        long baseNanos = 0;
        long baseEvents = 0;
        for (int workers : new int[] {1, 2, 4}) {
            Params p = Params.defaults().withWorkers(workers).withHeapPages(62_500);
            RunResult r = Simulation.run(SeedScenarios.build(HandlerConfig.EXTERNAL_OWN_SPACE, p, setup));
            if (workers == 1) {
                baseNanos = r.wallNanos();
                baseEvents = r.events();
            }
            System.out.printf("  %dx: events %,d (x%.2f)  wall %,d ms (x%.2f)  %.1f M events/s%n", workers, r.events(),
                    (double) r.events() / baseEvents, r.wallNanos() / 1_000_000, (double) r.wallNanos() / baseNanos,
                    r.eventsPerSecond() / 1e6);
        }
    }
}
