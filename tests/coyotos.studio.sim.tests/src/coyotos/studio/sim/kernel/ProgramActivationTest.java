package coyotos.studio.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.image.ActivationConfig;
import coyotos.studio.sim.image.ActivationDesign;
import coyotos.studio.sim.image.Capability;
import coyotos.studio.sim.image.Endpoint;
import coyotos.studio.sim.image.FaultAction;
import coyotos.studio.sim.image.ProcessSpec;
import coyotos.studio.sim.image.Region;
import coyotos.studio.sim.image.ServerBehavior;
import coyotos.studio.sim.image.SpaceBank;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.machine.CpuProfiles;
import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.result.CostCategory;
import coyotos.studio.sim.result.EventSinks;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.FaultHandlerKind;
import coyotos.studio.sim.result.FaultMessages;
import coyotos.studio.sim.result.ProcessResult;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.SimEvent;
import coyotos.studio.sim.result.Termination;
import coyotos.studio.sim.run.Simulation;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The activation-handler what-if for a program (ProgramActivation: the spec draft before 0.6, §3.1.2, §3.3.1, IA-32
 * annex "Activation Return", with the simulator's register-level convention): programs/activation.S takes a page
 * fault, a #GP and a #BP; its own handler counts them, repairs each, reloads the registers and returns through
 * {@code ljmp $0x32, $0x100}.
 */
@DisplayName("Activation handler of a program (what-if, register level)")
class ProgramActivationTest {
    private static final String PROGRAM = "activation";
    private static final long UNMAPPED = 0x4000_0000L;

    private static long sym(String name) {
        return TestPrograms.symbol(PROGRAM, name);
    }

    private static Region handlerStack() {
        return new Region(sym("act_stack"), 4096);
    }

    private static SystemImage image(ActivationDesign design, Region stack, boolean pager) {
        SystemImage.Builder b = SystemImage.builder("activation");
        ProcessSpec.Builder p = TestPrograms.process(b, "p", PROGRAM, "act_test", 0x51)
                .activation(ActivationConfig.forProgram(design, sym("act_entry"), null, stack));
        if (pager) {
            b.bank(new SpaceBank("bank", 0, null));
            b.endpoint(new Endpoint("pager-ep", "pager", false, 0x9));
            b.process(ProcessSpec.builder("pager").name("pager")
                    .server(new ServerBehavior(List.of(), 100, FaultAction.mapFreshPage(null, "bank"), 4096)).build());
            p.handler(Capability.entry("pager-ep", 0));
        }
        b.process(p.build());
        return b.build();
    }

    private static final EventType[] TRACED = {EventType.FAULT_RAISED, EventType.FAULT_DELIVERED,
            EventType.FAULT_RESOLVED, EventType.FAULT_MESSAGE, EventType.FAULT_INSTRUCTION};

    @Test
    @DisplayName("the handler takes each fault in-process, repairs it and resumes: exact registers, counts, label")
    void handlerRepairsItsOwnFaults() {
        Images.Traced t = Images.trace(image(ActivationDesign.DRAFT_0_5, handlerStack(), false), TRACED);
        RunResult r = t.result();
        ProcessResult p = r.process("p").orElseThrow();
        assertEquals(Termination.COMPLETED, r.termination(), r.diagnosis());
        assertEquals(ProcessState.RECEIVING, p.finalState());
        assertEquals(3, p.faultsRaised());
        assertEquals(3, r.faults().delivered());
        assertEquals(3, r.faults().resolved());
        assertEquals(0, r.faults().escalated());
        assertEquals(0, r.faults().fatal());
        List<SimEvent> raised = t.of(EventType.FAULT_RAISED);
        assertEquals(List.of((long) FaultCode.INVALID_DATA_REFERENCE.code(), (long) FaultCode.GENERAL_PROTECTION.code(),
                (long) FaultCode.BREAK_POINT.code()), raised.stream().map(SimEvent::detail).toList());
        assertEquals(List.of(UNMAPPED, 0L, 0L), raised.stream().map(SimEvent::value).toList());
        assertEquals(List.of(sym("act_pf_at"), sym("act_gp_at"), sym("act_bp_at")),
                t.of(EventType.FAULT_INSTRUCTION).stream().map(SimEvent::value).toList());
        assertTrue(t.of(EventType.FAULT_DELIVERED).stream()
                .allMatch(e -> e.detail() == FaultHandlerKind.ACTIVATION_HANDLER.ordinal() && "p".equals(e.processName())));
        assertEquals(0, t.of(EventType.FAULT_MESSAGE).size(), "no fault message: nothing left the process");
        // the store ran again at the buffer the handler pointed EDI at, and loaded back into EBX
        assertEquals(0x11111111L, p.program().register("ebx"));
        assertEquals(sym("buffer"), p.program().register("edi"));
        assertEquals(3, p.program().register("esi"), "fault_count");
        // EBP + 1: the carry set before the #GP survived both handlers, and no register check failed (0xbad)
        assertEquals(0x66666667L, p.program().register("ebp"));
        assertEquals(sym("wait_int"), p.program().pc());
        assertTrue(r.categories().get(CostCategory.HANDLER) > 0, "the handler's instructions are HANDLER work");
        assertEquals(List.of("activation handler (what-if, draft-0.5) of 'p'" + ProgramActivation.CONVENTION),
                r.whatIfs());
        assertTrue(r.whatIfs().get(0).contains("what-if"));
    }

    @Test
    @DisplayName("the save area holds the last fault's registers as the convention lays them out; the handler's log what it read")
    void saveAreaContents() {
        Kernel k = new Kernel(image(ActivationDesign.DRAFT_0_5, handlerStack(), false), CpuProfiles.PENTIUM4,
                EventSinks.objects(0, e -> { }));
        k.start();
        while (k.step()) {
            // to the end: the program's open wait
        }
        KernelProcess p = k.procs[0];
        assertEquals("p", p.id);
        long area = ActivationConfig.registerSaveArea(handlerStack());
        int[] w = words(k, p, area, ActivationConfig.REGISTER_SAVE_AREA_BYTES / 4);
        assertEquals(0, w[0], "flags: a cleared by the return");
        assertEquals(FaultCode.BREAK_POINT.code(), w[1]);
        assertEquals(0, w[2]);
        assertEquals(sym("act_bp_at") + 1, u(w[3]), "saved PC: the int3, moved past by the handler");
        assertEquals(sym("main_sp"), u(w[4]));
        assertEquals(1, w[5] & 1, "saved EFLAGS: CF as stc left it");
        // PUSHAD order: EDI, ESI, EBP, ESP, EBX, EDX, ECX, EAX
        assertEquals(List.of(sym("buffer"), 0x55555555L, 0x66666666L, sym("main_sp"), 0L, 0x44444444L, 0x33333333L,
                0x11111111L), List.of(u(w[6]), u(w[7]), u(w[8]), u(w[9]), u(w[10]), u(w[11]), u(w[12]), u(w[13])));
        int[] codes = words(k, p, sym("fault_codes"), 4);
        int[] infos = words(k, p, sym("fault_infos"), 4);
        assertEquals(List.of(FaultCode.INVALID_DATA_REFERENCE.code(), FaultCode.GENERAL_PROTECTION.code(),
                FaultCode.BREAK_POINT.code(), 0), List.of(codes[0], codes[1], codes[2], codes[3]));
        assertEquals(List.of(UNMAPPED, 0L, 0L, 0L), List.of(u(infos[0]), u(infos[1]), u(infos[2]), u(infos[3])));
    }

    @Test
    @DisplayName("seed-2007 returns through one kernel entry per fault, draft-0.5 through none: the difference is exactly that")
    void seedDesignPaysOneKernelEntryPerReturn() {
        RunResult draft = Simulation.run(image(ActivationDesign.DRAFT_0_5, handlerStack(), false));
        RunResult seed = Simulation.run(image(ActivationDesign.SEED_2007, handlerStack(), false));
        var profile = CpuProfiles.builtin(draft.profile());
        assertEquals(3 * profile.activationRestorePathCycles(),
                seed.categories().get(CostCategory.KERNEL_PATH) - draft.categories().get(CostCategory.KERNEL_PATH));
        assertEquals(draft.process("p").orElseThrow().program(), seed.process("p").orElseThrow().program(),
                "the same registers and instructions");
        assertTrue(seed.categories().get(CostCategory.RING_TRANSITION) > draft.categories().get(CostCategory.RING_TRANSITION));
        assertTrue(seed.whatIfs().get(0).startsWith("activation handler (what-if, seed-2007) of 'p'"));
    }

    @Test
    @DisplayName("draft §3.3.1: a save area in unmapped memory is ActivationFail for the process handler, the original fault kept")
    void unmappedSaveAreaWithoutHandlerHalts() {
        Region stack = new Region(UNMAPPED, 4096);
        Images.Traced t = Images.trace(image(ActivationDesign.DRAFT_0_5, stack, false), TRACED);
        RunResult r = t.result();
        ProcessResult p = r.process("p").orElseThrow();
        assertEquals(ProcessState.HALTED, p.finalState());
        assertEquals(FaultCode.INVALID_DATA_REFERENCE.code(), p.lastFaultCode(), "the original fault");
        assertEquals(UNMAPPED, p.lastFaultAddress());
        assertEquals(sym("act_pf_at"), p.program().pc(), "the PC stays at the faulting store");
        assertEquals(2, r.faults().raised(), "the store, then the save area: no loop");
        assertEquals(List.of(UNMAPPED, ActivationConfig.registerSaveArea(stack)),
                t.of(EventType.FAULT_RAISED).stream().map(SimEvent::value).toList());
        assertEquals(1, r.faults().escalated());
        assertEquals(1, r.faults().fatal());
        assertEquals(0, t.of(EventType.FAULT_DELIVERED).size());
    }

    @Test
    @DisplayName("draft §3.3.1: a fault the handler itself takes goes to the process handler; with none the process stops there")
    void faultWhileActivatedEscalates() {
        SystemImage.Builder b = SystemImage.builder("activation");
        b.process(TestPrograms.process(b, "p", PROGRAM, "act_test", 0x51).activation(ActivationConfig.forProgram(
                ActivationDesign.DRAFT_0_5, sym("act_faulting_entry"), null, handlerStack())).build());
        Images.Traced t = Images.trace(b.build(), TRACED);
        RunResult r = t.result();
        ProcessResult p = r.process("p").orElseThrow();
        assertEquals(ProcessState.HALTED, p.finalState());
        assertEquals(FaultCode.INVALID_DATA_REFERENCE.code(), p.lastFaultCode());
        assertEquals(0x4000_1000L, p.lastFaultAddress());
        assertEquals(sym("act_faulting_at"), p.program().pc(), "stopped at the handler's own store");
        assertEquals(List.of(sym("act_pf_at"), sym("act_faulting_at")),
                t.of(EventType.FAULT_INSTRUCTION).stream().map(SimEvent::value).toList());
        assertEquals(1, t.of(EventType.FAULT_DELIVERED).size(), "only the program's fault reached the handler");
        assertEquals(1, r.faults().escalated());
        assertEquals(1, r.faults().fatal());
    }

    /**
     * 0x08041000: activation.elf's space is one GPT guarded at 0x08040000 (as faults.elf's), whose slot 1 is empty,
     * so the pager can map a fresh page where the save area is.
     */
    @Test
    @DisplayName("ActivationFail reaches the process handler with the save-area address; once it maps that page the handler runs")
    void processHandlerMapsTheSaveArea() {
        Region stack = new Region(0x0804_1000L, 4096);
        long area = ActivationConfig.registerSaveArea(stack);
        Images.Traced t = Images.trace(image(ActivationDesign.DRAFT_0_5, stack, true), TRACED);
        RunResult r = t.result();
        ProcessResult p = r.process("p").orElseThrow();
        assertEquals(Termination.COMPLETED, r.termination(), r.diagnosis());
        List<SimEvent> messages = t.of(EventType.FAULT_MESSAGE);
        assertEquals(1, messages.size());
        assertEquals(FaultCode.ACTIVATION_FAIL.code(), FaultMessages.faultCode(messages.get(0).detail()));
        assertEquals(area, messages.get(0).value());
        assertEquals("pager", messages.get(0).processName());
        long upcalls = t.of(EventType.FAULT_DELIVERED).stream()
                .filter(e -> e.detail() == FaultHandlerKind.ACTIVATION_HANDLER.ordinal()).count();
        assertEquals(3, upcalls, "every fault of the program reached its own handler once the save area was mapped");
        assertEquals(0x66666667L, p.program().register("ebp"));
        assertEquals(3, p.program().register("esi"));
    }

    private static int[] words(Kernel k, KernelProcess p, long address, int n) {
        byte[] b = new byte[n * 4];
        assertTrue(k.programs.memory.peek(p, address, b, 0, b.length), "mapped at 0x" + Long.toHexString(address));
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = UserMemory.le32(b, i * 4);
        }
        return w;
    }

    private static long u(int v) {
        return v & 0xFFFF_FFFFL;
    }
}
