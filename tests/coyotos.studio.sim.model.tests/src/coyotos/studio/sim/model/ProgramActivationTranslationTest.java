package coyotos.studio.sim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.model.ActivationDesign;
import coyotos.studio.model.ActivationHandler;
import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Process;
import coyotos.studio.model.Region;
import coyotos.studio.model.Schedule;
import coyotos.studio.model.ScheduleCapability;
import coyotos.studio.model.io.CoyotosModel;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.sim.result.ProgramResult;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;
import coyotos.studio.x86.elf.ElfImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program process with an activation handler (what-if): the handler is the program's own code at the handler's
 * entry PC, on its stack region with the register save area at the top (sim.kernel ProgramActivation). The
 * translation checks what that convention needs and names the process when something is missing.
 */
@DisplayName("Activation handlers of program processes in the model")
class ProgramActivationTranslationTest {
    private static final CoyotosFactory F = CoyotosFactory.eINSTANCE;
    @TempDir
    Path dir;
    private CoyotosSystem system;
    private Map<String, Long> symbols;

    @BeforeEach
    void programWithHandler() throws Exception {
        Resource r = CoyotosModel.newResourceSet().createResource(URI.createFileURI(dir.resolve("m.coyotos").toString()));
        system = F.createCoyotosSystem();
        system.setName("activation");
        r.getContents().add(system);
        Files.copy(ProgramImageTranslationTest.built("activation"), dir.resolve("activation.elf"));
        symbols = ElfImage.read(dir.resolve("activation.elf")).symbols();
    }

    private Process app(long entry, Region stack, ActivationDesign design) {
        Schedule schedule = F.createSchedule();
        system.getObjects().add(schedule);
        Process p = F.createProcess();
        p.setName("app");
        p.setProgramImage("activation.elf");
        ScheduleCapability s = F.createScheduleCapability();
        s.setTarget(schedule);
        p.setSchedule(s);
        p.setFaultInfo(symbols.get("act_test"));
        ActivationHandler a = F.createActivationHandler();
        a.setName("handler");
        a.setDesign(design);
        a.setEntryPC(entry);
        a.setStack(stack);
        p.setActivationHandler(a);
        system.getObjects().add(p);
        return p;
    }

    private static Region region(long start, long size) {
        Region r = F.createRegion();
        r.setStart(start);
        r.setSize(size);
        return r;
    }

    private Region ownStack() {
        return region(symbols.get("act_stack"), 4096);
    }

    @Test
    @DisplayName("translates without a warning and runs: the program's handler repairs its three faults")
    void handlerRuns() {
        app(symbols.get("act_entry"), ownStack(), ActivationDesign.SEED_2007);
        ModelRun run = ModelSimulation.run(system, SimulationOverrides.NONE, null, null);
        assertEquals(List.of(), run.problems(), "no problem at all");
        RunResult r = run.result();
        assertEquals(Termination.COMPLETED, r.termination(), r.diagnosis());
        ProgramResult p = r.process("app").orElseThrow().program();
        assertEquals(ProcessState.RECEIVING, r.process("app").orElseThrow().finalState());
        assertEquals(List.of(0x11111111L, 3L, 0x66666667L), List.of(p.register("ebx"), p.register("esi"),
                p.register("ebp")));
        assertEquals(3, r.faults().resolved());
        assertTrue(r.whatIfs().get(0).startsWith("activation handler (what-if, seed-2007) of 'app' at the register level"),
                r.whatIfs().toString());
    }

    @Test
    @DisplayName("an entry PC outside the program is an error naming the process and the image")
    void entryOutsideTheProgram() {
        Process p = app(0x1000, ownStack(), ActivationDesign.DRAFT_05);
        Translation t = ModelSimulation.translate(system, SimulationOverrides.NONE);
        TranslationProblem e = t.errors().stream().findFirst().orElseThrow(() -> new AssertionError(t.problems()));
        assertEquals("the activation handler (what-if) of process 'app' has its entry PC 0x1000 outside every segment "
                + "of program image 'activation.elf'.", e.message());
        assertEquals(p.eResource().getURIFragment(p.getActivationHandler()), e.elementId());
        assertNull(ModelSimulation.run(system, SimulationOverrides.NONE, null, null).result());
    }

    @Test
    @DisplayName("a stack too small for the save area, or none, is an error naming the process")
    void stackTooSmallOrMissing() {
        Process p = app(symbols.get("act_entry"), region(symbols.get("act_stack"), 32), ActivationDesign.DRAFT_05);
        Translation t = ModelSimulation.translate(system, SimulationOverrides.NONE);
        assertEquals(List.of("the activation handler (what-if) of process 'app' has a 32-byte stack; the register "
                + "save area alone takes 56 bytes."), t.errors().stream().map(TranslationProblem::message).toList());
        p.getActivationHandler().setStack(null);
        Translation none = ModelSimulation.translate(system, SimulationOverrides.NONE);
        assertTrue(none.errors().stream().anyMatch(x -> x.message().startsWith(
                "the activation handler (what-if) of process 'app' needs a stack region")), none.problems().toString());
    }

    @Test
    @DisplayName("a save area where the image maps nothing is said (each fault is then ActivationFail), and runs so")
    void saveAreaOutsideTheImage() {
        app(symbols.get("act_entry"), region(0x40000000L, 4096), ActivationDesign.DRAFT_05);
        ModelRun run = ModelSimulation.run(system, SimulationOverrides.NONE, null, null);
        assertEquals(List.of("the activation handler (what-if) of process 'app' has its save area at 0x40000fc8, "
                + "where program image 'activation.elf' maps no page: each fault is ActivationFail (48) for the "
                + "process handler until something maps it."),
                run.problems().stream().map(TranslationProblem::message).toList());
        assertEquals(ProcessState.HALTED, run.result().process("app").orElseThrow().finalState());
    }
}
