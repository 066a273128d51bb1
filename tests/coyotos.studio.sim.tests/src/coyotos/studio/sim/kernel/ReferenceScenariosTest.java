package coyotos.studio.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.fixtures.IpcPingPong;
import coyotos.studio.sim.fixtures.SeedScenarios;
import coyotos.studio.sim.fixtures.SeedScenarios.HandlerConfig;
import coyotos.studio.sim.fixtures.SeedScenarios.Params;
import coyotos.studio.sim.image.KernelVariant;
import coyotos.studio.sim.image.Page;
import coyotos.studio.sim.image.Setup;
import coyotos.studio.sim.machine.CpuProfiles;
import coyotos.studio.sim.machine.VariantRules;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.MemoryKind;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.SimEvent;
import coyotos.studio.sim.result.Termination;
import coyotos.studio.sim.run.Simulation;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Reference scenarios 7-8 and the handler's running stretch")
class ReferenceScenariosTest {
    private static final Setup P4 = Setup.DEFAULT;

    @Test
    @DisplayName("§3.3 external handler: the handler runs for each fault message and receives again when it resumes the process")
    void externalHandlerRunsPerFaultAndReceivesAgain() {
        Params p = Params.defaults().withHeapPages(16);
        Images.Traced t = Images.trace(SeedScenarios.build(HandlerConfig.EXTERNAL_OWN_SPACE, p, P4),
                EventType.STATE_CHANGE, EventType.FAULT_DELIVERED);
        assertEquals(Termination.COMPLETED, t.result().termination(), t.result().diagnosis());
        Map<String, Integer> running = new HashMap<>();
        String last = null;
        for (SimEvent e : t.of(EventType.STATE_CHANGE, "pager0")) {
            if (e.value() == ProcessState.RUNNING.ordinal()) {
                running.merge("pager0", 1, Integer::sum);
            }
            last = ProcessState.values()[(int) e.value()].name();
        }
        assertEquals(16, t.of(EventType.FAULT_DELIVERED).size());
        assertTrue(running.get("pager0") >= 16, "at least one running stretch per fault message");
        assertEquals("RECEIVING", last, "the handler ends receiving");
    }

    @Test
    @DisplayName("Scenario 7: activation needs a handler stack per faulting thread; external needs a handler process and, in its own space, its page tables")
    void memoryOverhead() {
        Params p = Params.defaults().withWorkers(2).withHeapPages(8).withKeeper(false);
        RunResult act = Simulation.run(SeedScenarios.build(HandlerConfig.ACTIVATION, p, P4));
        RunResult own = Simulation.run(SeedScenarios.build(HandlerConfig.EXTERNAL_OWN_SPACE, p, P4));
        RunResult shared = Simulation.run(SeedScenarios.build(HandlerConfig.EXTERNAL_SHARED_SPACE, p, P4));
        long stack = (long) p.handlerStackPages() * Page.SIZE;
        assertEquals(2 * stack, act.memory().get(MemoryKind.HANDLER_STACKS), "one activation stack per faulting thread");
        assertEquals(2 * stack, own.memory().get(MemoryKind.HANDLER_STACKS), "one handler process stack each");
        assertTrue(own.memory().get(MemoryKind.KERNEL_OBJECTS) > act.memory().get(MemoryKind.KERNEL_OBJECTS),
                "handler processes, endpoints and their GPTs");
        assertTrue(own.memory().get(MemoryKind.HARDWARE_PAGE_TABLES) > shared.memory().get(MemoryKind.HARDWARE_PAGE_TABLES),
                "a handler in its own space needs its own page tables");
        assertEquals(shared.memory().get(MemoryKind.HARDWARE_PAGE_TABLES), act.memory().get(MemoryKind.HARDWARE_PAGE_TABLES));
    }

    /** Steady-state non-user cycles per round trip: the marginal cost between two run lengths. */
    private static double perRound(KernelVariant v, boolean shared, int ws, String profile) {
        Setup s = P4.withProfile(profile).withKernel(v);
        RunResult a = Simulation.run(IpcPingPong.build(shared, ws, 100, s));
        RunResult b = Simulation.run(IpcPingPong.build(shared, ws, 300, s));
        assertEquals(Termination.COMPLETED, b.termination(), b.diagnosis());
        return (b.categories().overhead() - a.categories().overhead()) / 200.0;
    }

    @ParameterizedTest
    @EnumSource(KernelVariant.class)
    @DisplayName("Scenario 8 (§5 IPC): round-trip cost grows with the working set when the spaces differ on an untagged TLB")
    void pingPongGrowsWithWorkingSetWhenUntagged(KernelVariant v) {
        double small = perRound(v, false, 8, "core2");
        double mid = perRound(v, false, 32, "core2");
        double large = perRound(v, false, 64, "core2");
        assertTrue(small < mid && mid < large, small + " < " + mid + " < " + large);
    }

    @ParameterizedTest
    @EnumSource(KernelVariant.class)
    @DisplayName("Scenario 8: flat in the working set exactly when no CR3 load flushes the TLB between the two: a shared space without kernel-map bounce, or PCID")
    void pingPongFlatnessFollowsTheVariant(KernelVariant v) {
        boolean sharedFlat = VariantRules.of(v, CpuProfiles.CORE2).cr3LoadsPerHandOff(true) == 0;
        assertEquals(sharedFlat, flat(perRound(v, true, 8, "core2"), perRound(v, true, 64, "core2")));
        boolean taggedFlat = VariantRules.of(v, CpuProfiles.MODERN_PCID).pcid();
        assertEquals(taggedFlat, flat(perRound(v, false, 8, "modern-pcid"), perRound(v, false, 64, "modern-pcid")));
    }

    private static boolean flat(double small, double large) {
        return Math.abs(large - small) / small < 0.05;
    }
}
