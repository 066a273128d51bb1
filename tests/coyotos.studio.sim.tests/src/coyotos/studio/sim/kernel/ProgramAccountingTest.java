package coyotos.studio.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.machine.CostProfile;
import coyotos.studio.sim.machine.CpuProfiles;
import coyotos.studio.x86.cpu.InstructionClass;
import coyotos.studio.sim.result.CostCategory;
import coyotos.studio.sim.result.ProcessResult;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;
import coyotos.studio.sim.run.Simulation;
import coyotos.studio.sim.run.SimulationLimits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Retired instructions are counted per process and cost their class's cycles from the CPU profile in the USER
 * category; --max-instructions ends a run that would not end, with a diagnosis naming the process and its PC.
 * programs/spin.S is {@code incl %eax; jmp _start} forever.
 */
class ProgramAccountingTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pentium4", "core2", "modern-pcid"})
    void instructionsCostTheirClassInUserTime(String profile) {
        SystemImage.Builder b = SystemImage.builder("spin");
        b.process(TestPrograms.process(b, "spin", "spin", "_start", 0x51).build());
        SystemImage img = b.build();
        img = img.withSetup(img.setup().withProfile(profile));
        RunResult r = Simulation.of(img).limits(SimulationLimits.of(img.setup()).withMaxInstructions(1000)).run();
        ProcessResult p = r.processes().get(0);
        CostProfile cost = CpuProfiles.withBuiltins().get(profile);
        assertEquals(Termination.INSTRUCTION_LIMIT, r.termination());
        assertEquals(1000, p.instructions());
        assertEquals(1000, r.instructions());
        assertEquals(500, p.program().register("eax"));
        assertEquals(TestPrograms.symbol("spin", "_start"), p.program().pc());
        assertEquals(500L * cost.instructionCycles(InstructionClass.SIMPLE)
                + 500L * cost.instructionCycles(InstructionClass.BRANCH), p.categories().get(CostCategory.USER));
        assertTrue(r.diagnosis().contains(String.format("the run reached its limit of 1,000 instructions while "
                + "process 'spin' was running (pc 0x%08x)", p.program().pc())), r.diagnosis());
    }
}
