package coyotos.studio.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import coyotos.studio.sim.image.Capability;
import coyotos.studio.sim.image.Endpoint;
import coyotos.studio.sim.image.FaultAction;
import coyotos.studio.sim.image.ProcessSpec;
import coyotos.studio.sim.image.ProgramStart;
import coyotos.studio.sim.image.ServerBehavior;
import coyotos.studio.sim.image.SpaceBank;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.ProcessResult;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page fault from a real instruction goes to the process's handler as a workload's does (spec §3.3 Exception
 * Delivery; kern_Process.c proc_deliver_memory_fault), and when the handler resolves it the faulting instruction
 * runs again (the kernel kept the PC at it): programs/faults.S fresh_test stores at the address in EDI and loads it
 * back; a pager maps a fresh page there (MAP_FRESH_PAGE).
 */
class ProgramFaultHandlingTest {

    /**
     * 0x08041000: faults.elf's space is one GPT (l2v 12) guarded at 0x08040000 with the program's pages in slots 8
     * to 10 (SpaceBuilder, as mkimage builds it); slot 1 is empty, so the walk stops at a Null slot of a GPT the
     * pager can fill.
     */
    @Test
    void aResolvedPageFaultRunsTheInstructionAgain() {
        long address = 0x08041000L;
        SystemImage.Builder b = SystemImage.builder("fresh");
        b.bank(new SpaceBank("bank", 0, null));
        b.endpoint(new Endpoint("pager-ep", "pager", false, 0x9));
        b.process(ProcessSpec.builder("pager").name("pager")
                .server(new ServerBehavior(List.of(), 100, FaultAction.mapFreshPage(null, "bank"), 4096)).build());
        ProcessSpec.Builder p = TestPrograms.process(b, "p", "faults", "fresh_test", 0x51)
                .handler(Capability.entry("pager-ep", 0))
                .program(new ProgramStart("faults.elf", 0, 0, 0, 0, 0, (int) address, 0, 0));
        b.process(p.build());
        Images.Traced t = Images.trace(b.build(), EventType.FAULT_RAISED, EventType.FAULT_INSTRUCTION);
        RunResult r = t.result();
        ProcessResult pr = r.process("p").orElseThrow();
        assertEquals(Termination.COMPLETED, r.termination(), r.diagnosis());
        assertEquals(ProcessState.RECEIVING, pr.finalState());
        assertEquals(1, pr.faultsRaised());
        assertEquals(1, r.faults().resolved());
        assertEquals(TestPrograms.symbol("faults", "fresh_at"), t.of(EventType.FAULT_INSTRUCTION).get(0).value());
        // the store ran again on the fresh page, and the load saw it
        assertEquals(0x5a5a, pr.program().register("ebx"));
        assertEquals(TestPrograms.symbol("faults", "wait_int"), pr.program().pc());
    }
}
