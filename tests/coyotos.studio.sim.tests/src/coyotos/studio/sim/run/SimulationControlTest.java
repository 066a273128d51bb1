package coyotos.studio.sim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.fixtures.SeedScenarios;
import coyotos.studio.sim.fixtures.SeedScenarios.HandlerConfig;
import coyotos.studio.sim.fixtures.SeedScenarios.Params;
import coyotos.studio.sim.image.Access;
import coyotos.studio.sim.image.Capability;
import coyotos.studio.sim.image.FaultAction;
import coyotos.studio.sim.image.ProcessSpec;
import coyotos.studio.sim.image.ServerBehavior;
import coyotos.studio.sim.image.Setup;
import coyotos.studio.sim.image.Step;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.image.Workload;
import coyotos.studio.sim.result.EventSinks;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Run control: determinism, limits with diagnosis, cancellation")
class SimulationControlTest {

    private static SystemImage seed(HandlerConfig c) {
        return SeedScenarios.build(c, Params.defaults(), Setup.DEFAULT);
    }

    private static SystemImage replace(SystemImage img, String id, UnaryOperator<ProcessSpec> f) {
        List<ProcessSpec> ps = img.processes().stream().map(p -> p.id().equals(id) ? f.apply(p) : p).toList();
        return new SystemImage(img.name(), ps, img.gpts(), img.pages(), img.capPages(), img.endpoints(), img.banks(),
                img.setup());
    }

    private static SystemImage withServer(SystemImage img, String id, ServerBehavior s) {
        return replace(img, id, p -> new ProcessSpec(p.id(), p.name(), p.capRegisters(), p.handler(), p.addressSpace(),
                p.schedule(), p.initialFaultCode(), p.initialPc(), p.workload(), s, p.activation()));
    }

    private static SystemImage withWorkload(SystemImage img, String id, Workload w) {
        return replace(img, id, p -> new ProcessSpec(p.id(), p.name(), p.capRegisters(), p.handler(), p.addressSpace(),
                p.schedule(), p.initialFaultCode(), p.initialPc(), w, p.server(), p.activation()));
    }

    @Test
    @DisplayName("Same input and seed give the same digest, with or without a sink attached")
    void sameSeedSameDigest() {
        SystemImage img = withWorkload(seed(HandlerConfig.EXTERNAL_OWN_SPACE), "worker0", Workload.of(
                new Step.RandomTouch(SeedScenarios.HEAP, 64 * 4096, 200, Access.WRITE)));
        RunResult a = Simulation.run(img);
        RunResult b = Simulation.of(img).sink(EventSinks.objects(EventType.ALL, e -> { })).run();
        assertEquals(a.digest(), b.digest());
        assertEquals(a.totalCycles(), b.totalCycles());
        RunResult other = Simulation.run(img.withSetup(img.setup().withSeed(2)));
        assertNotEquals(a.digest(), other.digest(), "the seed drives the random touches");
    }

    @Test
    @DisplayName("A different workload gives a different digest")
    void differentWorkloadDifferentDigest() {
        SystemImage img = seed(HandlerConfig.EXTERNAL_OWN_SPACE);
        SystemImage changed = SeedScenarios.build(HandlerConfig.EXTERNAL_OWN_SPACE,
                Params.defaults().withHeapPages(255), Setup.DEFAULT);
        assertNotEquals(Simulation.run(img).digest(), Simulation.run(changed).digest());
        assertNotEquals(Simulation.run(img).digest(), Simulation.run(seed(HandlerConfig.ACTIVATION)).digest());
    }

    @Test
    @DisplayName("§3.3: a handler that restarts without resolving ends at the event limit with a fault-loop diagnosis naming both processes")
    void faultLoopDiagnosed() {
        SystemImage img = seed(HandlerConfig.EXTERNAL_OWN_SPACE);
        ServerBehavior old = img.processes().stream().filter(p -> p.id().equals("pager0")).findFirst().orElseThrow().server();
        img = withServer(img, "pager0", new ServerBehavior(old.perMessage(), old.computeCycles(), FaultAction.retry(),
                old.stackBytes()));
        img = img.withSetup(img.setup().withLimits(Long.MAX_VALUE, 50_000));
        RunResult r = Simulation.run(img);
        assertEquals(Termination.EVENT_LIMIT, r.termination());
        assertTrue(r.diagnosis().contains("fault loop"), r.diagnosis());
        assertTrue(r.diagnosis().contains("worker0") && r.diagnosis().contains("pager0"), r.diagnosis());
        assertTrue(r.events() < 50_000 + 100, "stops within one step of the limit");
    }

    @Test
    @DisplayName("§3.3: a handler that never receives leaves the faulted process stalled, and the diagnosis says so")
    void stallDiagnosed() {
        SystemImage img = withServer(seed(HandlerConfig.EXTERNAL_OWN_SPACE), "pager0", null);
        RunResult r = Simulation.run(img);
        assertEquals(Termination.STALLED, r.termination());
        assertTrue(r.diagnosis().contains("worker0") && r.diagnosis().contains("pager0"), r.diagnosis());
    }

    @Test
    @DisplayName("A run that never ends stops at the cycle limit naming the busy processes")
    void livelockAtCycleLimit() {
        SystemImage img = withWorkload(seed(HandlerConfig.EXTERNAL_OWN_SPACE), "worker0",
                Workload.of(Step.Loop.of(Long.MAX_VALUE, new Step.Yield(), new Step.Compute(10))));
        img = img.withSetup(img.setup().withLimits(1_000_000, Long.MAX_VALUE));
        RunResult r = Simulation.run(img);
        assertEquals(Termination.CYCLE_LIMIT, r.termination());
        assertTrue(r.diagnosis().contains("worker0"), r.diagnosis());
    }

    @Test
    @DisplayName("No handler: the process halts with its fault recorded (§3.3), and the run says it ended HALTED, not COMPLETED")
    void noHandlerHalts() {
        SystemImage img = replace(seed(HandlerConfig.EXTERNAL_OWN_SPACE), "worker0",
                p -> new ProcessSpec(p.id(), p.name(), p.capRegisters(), Capability.NULL, p.addressSpace(), p.schedule(),
                        p.initialFaultCode(), p.initialPc(), p.workload(), p.server(), p.activation()));
        RunResult r = Simulation.run(img);
        assertEquals(Termination.HALTED, r.termination());
        assertTrue(r.diagnosis().startsWith("HALTED: process 'worker0' halted on INVALID_DATA_REFERENCE"), r.diagnosis());
        assertEquals(1, r.faults().fatal());
        assertEquals(SeedScenarios.HEAP, r.process("worker0").orElseThrow().lastFaultAddress());
    }

    @Test
    @DisplayName("Cancellation from another thread stops a huge run within 100 ms")
    void cancellationIsPrompt() {
        SystemImage img = SeedScenarios.build(HandlerConfig.EXTERNAL_OWN_SPACE,
                Params.defaults().withWorkers(4).withHeapPages(250_000),
                Setup.DEFAULT.withLimits(Long.MAX_VALUE, Long.MAX_VALUE));
        Cancellation cancel = new Cancellation();
        AtomicReference<RunResult> result = new AtomicReference<>();
        AtomicLong finishedAt = new AtomicLong();
        Thread t = new Thread(() -> {
            result.set(Simulation.of(img).cancel(cancel).run());
            finishedAt.set(System.nanoTime());
        });
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            t.start();
            Thread.sleep(300);
            long cancelledAt = System.nanoTime();
            cancel.cancel();
            t.join();
            long ms = (finishedAt.get() - cancelledAt) / 1_000_000;
            assertTrue(ms < 100, "returned " + ms + " ms after cancel");
        });
        assertEquals(Termination.CANCELLED, result.get().termination());
    }
}
