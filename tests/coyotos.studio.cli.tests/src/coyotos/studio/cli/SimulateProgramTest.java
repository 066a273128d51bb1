package coyotos.studio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Process;
import coyotos.studio.model.Schedule;
import coyotos.studio.model.ScheduleCapability;
import coyotos.studio.model.io.CoyotosModel;
import coyotos.studio.x86.elf.ElfImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("simulate with a process that runs an i386 program: registers and PC in the JSON, --max-instructions")
class SimulateProgramTest {
    @TempDir
    Path dir;

    /** A model file with one process running {@code image} (a path relative to the model). */
    private Path model(String image) throws Exception {
        Path file = dir.resolve("spin.coyotos");
        Resource r = CoyotosModel.newResourceSet().createResource(URI.createFileURI(file.toString()));
        CoyotosSystem s = CoyotosFactory.eINSTANCE.createCoyotosSystem();
        s.setName("spin");
        Schedule sched = CoyotosFactory.eINSTANCE.createSchedule();
        Process p = CoyotosFactory.eINSTANCE.createProcess();
        p.setName("spinner");
        p.setProgramImage(image);
        ScheduleCapability sc = CoyotosFactory.eINSTANCE.createScheduleCapability();
        sc.setTarget(sched);
        p.setSchedule(sc);
        s.getObjects().add(sched);
        s.getObjects().add(p);
        r.getContents().add(s);
        r.save(null);
        return file;
    }

    private static Path built(String name) {
        return Path.of(System.getProperty("coyotos.sim.programs", "target/programs"), name + ".elf");
    }

    @Test
    @DisplayName("A program that never ends stops at the instruction limit with a diagnosis; the JSON has its registers")
    void instructionLimit() throws Exception {
        Files.copy(built("spin"), dir.resolve("spin.elf"));
        long entry = ElfImage.read(built("spin")).entry();
        SimulateCommandTest.Outcome o = SimulateCommandTest.run(model("spin.elf").toString(), "--format", "json",
                "--max-instructions", "1000");
        assertEquals(0, o.code(), o.err());
        String json = o.out();
        assertTrue(json.contains("\"termination\": \"INSTRUCTION_LIMIT\""), json);
        assertTrue(json.contains("the run reached its limit of 1,000 instructions while process 'spinner' was running "
                + String.format("(pc 0x%08x)", entry)), json);
        // incl %eax; jmp _start: 1000 instructions are 500 increments, and the PC is back at the incl
        assertTrue(json.contains("\"state\": \"READY\"") || json.contains("\"state\": \"RUNNING\""), json);
        assertTrue(json.contains("\"instructions\": 1000, \"pc\": " + entry + ", \"registers\": {\"eax\": 500, "), json);
        assertTrue(json.contains("\"console\": []"), json);
    }

    @Test
    @DisplayName("A missing program image is bad input naming the file, not a stack trace")
    void missingImage() throws Exception {
        SimulateCommandTest.Outcome o = SimulateCommandTest.run(model("nothere.elf").toString(), "--format", "json");
        assertEquals(SimulateCommand.BAD_INPUT, o.code(), o.out());
        assertTrue(o.err().contains("program image 'nothere.elf' does not exist (looked for "
                + dir.resolve("nothere.elf").toAbsolutePath() + ")"), o.err());
        assertFalse(o.err().contains("\tat "), "no stack trace");
    }

    @Test
    @DisplayName("--max-instructions must be a positive number")
    void badLimit() throws Exception {
        SimulateCommandTest.Outcome o = SimulateCommandTest.run(model("spin.elf").toString(), "--max-instructions", "0");
        assertEquals(SimulateCommand.BAD_INPUT, o.code());
        assertTrue(o.err().contains("--max-instructions must be greater than 0, not 0."), o.err());
    }
}
