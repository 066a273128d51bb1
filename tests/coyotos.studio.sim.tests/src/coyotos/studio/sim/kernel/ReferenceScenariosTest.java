package coyotos.studio.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.examples.IpcPingPong;
import coyotos.studio.sim.examples.SeedScenarios;
import coyotos.studio.sim.examples.SeedScenarios.HandlerConfig;
import coyotos.studio.sim.examples.SeedScenarios.Params;
import coyotos.studio.sim.image.Access;
import coyotos.studio.sim.image.Page;
import coyotos.studio.sim.image.Setup;
import coyotos.studio.sim.image.Step;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.image.Workload;
import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.result.CostCategory;
import coyotos.studio.sim.result.EventSink;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.FaultHandlerKind;
import coyotos.studio.sim.result.MemoryKind;
import coyotos.studio.sim.result.ProcessResult;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;
import coyotos.studio.sim.run.Simulation;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reference scenarios 5-8")
class ReferenceScenariosTest {
    private static final Setup P4 = Setup.DEFAULT;

    @Test
    @DisplayName("Scenario 5 (§3.3 activation): a fault on the handler's own stack escalates to the process handler and never loops")
    void activationStackFaultEscalates() {
        Params p = Params.defaults().withHeapPages(16).withActivationStackMapped(false);
        RunResult r = Simulation.run(SeedScenarios.build(HandlerConfig.ACTIVATION, p, P4));
        assertEquals(Termination.COMPLETED, r.termination(), r.diagnosis());
        assertEquals(p.handlerStackPages(), r.faults().escalated(), "each stack page escalates once");
        assertEquals(p.handlerStackPages(), r.process("keeper0").orElseThrow().messagesReceived());
        assertEquals(0, r.faults().fatal());
        assertEquals(ProcessState.DONE, r.process("worker0").orElseThrow().finalState());
    }

    @Test
    @DisplayName("§3.3 activation: each upcall shows as a stretch of IN_ACTIVATION, ended by the resolution, never left open")
    void activationUpcallsAreAStateOfTheirOwn() {
        Params p = Params.defaults().withHeapPages(16);
        long[] upcalls = new long[2];
        long[] open = {-1, -1}; // cycle and process of the upcall in progress
        RunResult r = Simulation.of(SeedScenarios.build(HandlerConfig.ACTIVATION, p, P4)).sink(new EventSink() {
            @Override
            public long interestMask() {
                return EventType.mask(EventType.STATE_CHANGE, EventType.FAULT_DELIVERED);
            }

            @Override
            public void onEvent(long cycle, EventType type, int process, int peer, long value, long detail) {
                if (type == EventType.FAULT_DELIVERED && FaultHandlerKind.of(detail) == FaultHandlerKind.ACTIVATION_HANDLER) {
                    upcalls[0]++;
                } else if (type == EventType.STATE_CHANGE && value == ProcessState.IN_ACTIVATION.ordinal()) {
                    upcalls[1]++;
                    open[0] = cycle;
                    open[1] = process;
                } else if (type == EventType.STATE_CHANGE && process == open[1]) {
                    assertTrue(cycle > open[0], "the upcall takes simulated time");
                    open[0] = -1;
                    open[1] = -1;
                }
            }
        }).run();
        assertEquals(Termination.COMPLETED, r.termination(), r.diagnosis());
        assertTrue(upcalls[0] >= 16, "every heap page faults into the activation handler");
        assertEquals(upcalls[0], upcalls[1]);
        assertEquals(-1, open[1], "no upcall is left open");
        assertEquals(ProcessState.DONE, r.process("worker0").orElseThrow().finalState());
    }

    @Test
    @DisplayName("§3.3 external handler: the handler runs for each fault message and receives again when it replies")
    void externalHandlerRunsPerFaultAndReceivesAgain() {
        Params p = Params.defaults().withHeapPages(16);
        Map<Integer, Integer> deliveredTo = new HashMap<>();
        Map<Integer, Integer> startedRunning = new HashMap<>();
        int[] lastState = new int[16];
        java.util.Arrays.fill(lastState, -1);
        RunResult r = Simulation.of(SeedScenarios.build(HandlerConfig.EXTERNAL_OWN_SPACE, p, P4)).sink(new EventSink() {
            @Override
            public long interestMask() {
                return EventType.mask(EventType.STATE_CHANGE, EventType.FAULT_DELIVERED);
            }

            @Override
            public void onEvent(long cycle, EventType type, int process, int peer, long value, long detail) {
                if (type == EventType.FAULT_DELIVERED) {
                    deliveredTo.merge(peer, 1, Integer::sum);
                } else {
                    if (value == ProcessState.RUNNING.ordinal()
                            && lastState[process] == ProcessState.RECEIVING.ordinal()) {
                        startedRunning.merge(process, 1, Integer::sum);
                    }
                    lastState[process] = (int) value;
                }
            }
        }).run();
        assertEquals(Termination.COMPLETED, r.termination(), r.diagnosis());
        assertTrue(!deliveredTo.isEmpty());
        deliveredTo.forEach((handler, faults) -> {
            assertEquals(faults, startedRunning.getOrDefault(handler, 0), "one running stretch per fault message");
            assertEquals(ProcessState.RECEIVING.ordinal(), lastState[handler], "the handler ends receiving");
        });
    }

    @Test
    @DisplayName("Scenario 5 without a process handler: the process halts with the stack fault recorded")
    void activationStackFaultWithoutHandlerHalts() {
        Params p = Params.defaults().withHeapPages(16).withActivationStackMapped(false).withKeeper(false);
        RunResult r = Simulation.run(SeedScenarios.build(HandlerConfig.ACTIVATION, p, P4));
        ProcessResult w = r.process("worker0").orElseThrow();
        assertEquals(ProcessState.HALTED, w.finalState());
        assertEquals(FaultCode.INVALID_DATA_REFERENCE.code(), w.lastFaultCode());
        assertTrue(w.lastFaultAddress() >= SeedScenarios.ACTIVATION_STACK
                && w.lastFaultAddress() < SeedScenarios.ACTIVATION_STACK + p.handlerStackPages() * Page.SIZE);
        assertEquals(1, r.faults().fatal());
        assertEquals(2, r.faults().raised(), "the heap fault, then the stack fault — no loop");
    }

    @Test
    @DisplayName("Scenario 6 (§4.3 ha): the memory handler takes faults under its GPT, the process handler the others")
    void memoryHandlerBeatsProcessHandler() {
        int heapFaults = 16;
        int strayPages = 3;
        SystemImage base = SeedScenarios.build(HandlerConfig.MEMORY_HANDLER, Params.defaults().withHeapPages(heapFaults), P4);
        SystemImage img = Images.withWorkload(base, "worker0", Workload.of(
                Step.Loop.of(heapFaults, new Step.Stream(SeedScenarios.HEAP, heapFaults * Page.SIZE, Page.SIZE, Page.SIZE, Access.WRITE)),
                Step.Touch.pages(0x0080_0000L, strayPages, Access.WRITE)));
        Map<FaultHandlerKind, Integer> byKind = new HashMap<>();
        Map<String, Integer> byHandler = new HashMap<>();
        RunResult r = Simulation.of(img).sink(new EventSink() {
            String[] names;

            @Override
            public long interestMask() {
                return EventType.FAULT_DELIVERED.bit();
            }

            @Override
            public void begin(coyotos.studio.sim.result.RunInfo info) {
                names = info.processNames().toArray(String[]::new);
            }

            @Override
            public void onEvent(long cycle, EventType type, int process, int peer, long value, long detail) {
                byKind.merge(FaultHandlerKind.of(detail), 1, Integer::sum);
                byHandler.merge(names[peer], 1, Integer::sum);
            }
        }).run();
        assertEquals(Termination.COMPLETED, r.termination(), r.diagnosis());
        assertEquals(heapFaults, byHandler.get("pager0"));
        assertEquals(strayPages, byHandler.get("keeper0"));
        assertEquals(heapFaults, byKind.get(FaultHandlerKind.MEMORY_HANDLER));
        assertEquals(strayPages, byKind.get(FaultHandlerKind.PROCESS_HANDLER));
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
    private static double perRound(boolean shared, int ws, String profile) {
        RunResult a = Simulation.run(IpcPingPong.build(shared, ws, 100, P4.withProfile(profile)));
        RunResult b = Simulation.run(IpcPingPong.build(shared, ws, 300, P4.withProfile(profile)));
        assertEquals(Termination.COMPLETED, b.termination(), b.diagnosis());
        return (b.categories().overhead() - a.categories().overhead()) / 200.0;
    }

    @Test
    @DisplayName("Scenario 8 (§6 IPC): round-trip cost grows with the working set when spaces differ on an untagged TLB")
    void pingPongGrowsWithWorkingSetWhenUntagged() {
        double small = perRound(false, 8, "p4-2007");
        double mid = perRound(false, 32, "p4-2007");
        double large = perRound(false, 64, "p4-2007");
        assertTrue(small < mid && mid < large, small + " < " + mid + " < " + large);
        assertTrue(large > 2 * small);
    }

    @Test
    @DisplayName("Scenario 8: flat when the spaces are shared or the TLB is tagged (PCID)")
    void pingPongFlatWhenSharedOrTagged() {
        assertFlat(perRound(true, 8, "p4-2007"), perRound(true, 64, "p4-2007"));
        assertFlat(perRound(false, 8, "modern-pcid"), perRound(false, 64, "modern-pcid"));
    }

    private static void assertFlat(double small, double large) {
        assertTrue(Math.abs(large - small) / small < 0.05, small + " vs " + large);
    }

    @Test
    @DisplayName("Scenario 8: a separate-space round trip pays CR3 loads; a shared one none")
    void pingPongSwitches() {
        RunResult sep = Simulation.run(IpcPingPong.build(false, 8, 50, P4));
        RunResult sh = Simulation.run(IpcPingPong.build(true, 8, 50, P4));
        assertTrue(sep.categories().get(CostCategory.ADDRESS_SPACE_SWITCH) >= 100 * 120L);
        assertTrue(sh.categories().get(CostCategory.ADDRESS_SPACE_SWITCH) <= 120L);
        assertEquals(50, sh.process("server").orElseThrow().messagesReceived());
    }
}
