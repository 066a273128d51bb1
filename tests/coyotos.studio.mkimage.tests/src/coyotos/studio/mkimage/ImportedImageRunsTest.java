package coyotos.studio.mkimage;

import static coyotos.studio.mkimage.Corpus.object;
import static coyotos.studio.mkimage.Corpus.slot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Gpt;
import coyotos.studio.model.GptCapability;
import coyotos.studio.model.PageCapability;
import coyotos.studio.model.Process;
import coyotos.studio.sim.model.ModelRun;
import coyotos.studio.sim.model.ModelSimulation;
import coyotos.studio.sim.model.SimulationOverrides;
import coyotos.studio.sim.result.ProcessResult;

/**
 * An imported image runs the code loadimage put in its pages: the process starts at its Startup fault info (spec
 * §3.1) on the interpreter, with every register zero as loadimage leaves them (ccs/mkimage/builtin.cxx). counter.c
 * is a freestanding function, so its first instruction pushes onto a stack nobody set up: ESP 0 - 4 = 0xfffffffc
 * is above the user range, and with no handler the process stops there with InvalidDataReference (4,
 * Process.idl), its PC still at the entry point (the faulting push does not retire).
 */
class ImportedImageRunsTest {

    @Test
    @DisplayName("import → simulate: the loaded program runs from its entry point and faults on its first push")
    void loadedProgramRuns() {
        CoyotosSystem s = Corpus.system("programs");
        ModelRun run = ModelSimulation.run(s, SimulationOverrides.NONE, null, null);
        assertTrue(run.ran(), () -> run.loadDiagnostics() + " " + run.problems());
        Process model = object(s, "proc", Process.class);
        ProcessResult proc = run.result().process("proc").orElseThrow();
        assertNotNull(proc.program(), "the process ran machine code, not a workload");
        assertEquals(model.getFaultInfo(), proc.program().pc(), "stopped at its entry point, loadimage's pc");
        assertEquals(4, proc.lastFaultCode(), () -> proc + " " + run.result().diagnosis());
        assertEquals(0xfffffffcL, proc.lastFaultAddress(), "the push below ESP 0");
        assertEquals(0, proc.instructions(), "the faulting push does not retire");

        // the entry point's byte is the push the fault stopped (0x50-0x57 push r32, 0x55 push %ebp)
        long pc = proc.program().pc();
        Gpt space = ((GptCapability) model.getAddressSpace()).getTarget();
        PageCapability text = (PageCapability) slot(space, (int) ((pc >> 12) & 0xf));
        int opcode = text.getTarget().getContents()[(int) (pc & 0xfff)] & 0xff;
        assertTrue(opcode >= 0x50 && opcode <= 0x57, String.format("a push at the entry point, not 0x%02x", opcode));
    }
}
