package coyotos.studio.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import coyotos.studio.sim.image.Capability;
import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.result.ProcessResult;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.sim.result.ProgramResult;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;
import org.junit.jupiter.api.Test;

/**
 * CopyCap between capability registers and a capability page in the program's space (programs/edges.S
 * capcopy_test): a {@code caploc_t} with ty 1 names the 16-byte slot at the address in its other bits
 * (sys/coyotos/coytypes.h ADDR_CAPLOC; kern_Process.c proc_copy_cap, proc_marshall_src_cap/dest_cap through
 * proc_findCapPageSlot). The capability stored in slot 2 of the page comes back out of it unchanged.
 */
class ProgramCapPageTest {
    /** Where edges.S expects its capability page: slot 15 of the program's GPT (l2v 12, guard 0x804/16). */
    static final int CAP_PAGE_SLOT = 15;

    static RunResult run(String entry) {
        SystemImage.Builder b = SystemImage.builder("edges");
        b.process(TestPrograms.process(b, "p", "edges", entry, 0x51)
                .capRegister(1, Capability.kernLog())
                .capRegister(2, TestPrograms.ownEndpoint("p")).build());
        b.capPage("p-caps");
        return Images.trace(Images.withGpt(b.build(), "p-gpt0",
                g -> g.withSlot(CAP_PAGE_SLOT, Capability.capPage("p-caps")))).result();
    }

    @Test
    void aCapabilityStoredInACapabilityPageLoadsBackIntoARegister() {
        RunResult r = run("capcopy_test");
        assertEquals(Termination.COMPLETED, r.termination(), r.diagnosis());
        ProcessResult p = r.processes().get(0);
        assertEquals(ProcessState.RECEIVING, p.finalState());
        assertEquals(TestPrograms.symbol("edges", "wait_int"), p.program().pc());
        ProgramResult program = p.program();
        // Cap.getType on register 6, which came from the page: KernLog's type code (IKT_coyotos_KernLog), in one
        // answer word pair (LDW 2)
        assertEquals(ProgramSystemCallsTest.IKT_KERNLOG & 0xFFFF_FFFFL, program.register("ebx"));
        assertEquals(ProgramSystemCallsTest.IKT_KERNLOG >>> 32, program.register("esi"));
        assertEquals(0x20, program.register("edi"));
    }
}
