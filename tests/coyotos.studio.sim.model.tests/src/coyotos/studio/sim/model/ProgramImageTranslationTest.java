package coyotos.studio.sim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Endpoint;
import coyotos.studio.model.EndpointCapability;
import coyotos.studio.model.EntryCapability;
import coyotos.studio.model.CapRegister;
import coyotos.studio.model.Process;
import coyotos.studio.model.Schedule;
import coyotos.studio.model.ScheduleCapability;
import coyotos.studio.model.io.CoyotosModel;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.sim.result.ProgramResult;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;
import coyotos.studio.x86.elf.ElfImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A model process that names a program image (Process.programImage, relative to the model file) runs that i386
 * program: loaded as mkimage's loadimage does (ccs/mkimage/builtin.cxx), its entry point (or its set Startup fault
 * info) as the initial PC. A file that cannot be a Coyotos i386 program is an error naming the process and the file.
 */
@DisplayName("Program images in the model")
class ProgramImageTranslationTest {
    private static final CoyotosFactory F = CoyotosFactory.eINSTANCE;
    @TempDir
    Path dir;
    private CoyotosSystem system;
    private Schedule schedule;

    @BeforeEach
    void emptySystem() {
        Resource r = CoyotosModel.newResourceSet().createResource(URI.createFileURI(dir.resolve("m.coyotos").toString()));
        system = F.createCoyotosSystem();
        system.setName("programs");
        r.getContents().add(system);
        schedule = F.createSchedule();
        system.getObjects().add(schedule);
    }

    static Path built(String name) {
        return Path.of(System.getProperty("coyotos.sim.programs", "target/programs"), name + ".elf");
    }

    private Process process(String name, String image) {
        Process p = F.createProcess();
        p.setName(name);
        p.setProgramImage(image);
        ScheduleCapability s = F.createScheduleCapability();
        s.setTarget(schedule);
        p.setSchedule(s);
        system.getObjects().add(p);
        return p;
    }

    private Endpoint endpoint(Process recipient, long id) {
        Endpoint e = F.createEndpoint();
        e.setName(recipient.getName() + "-ep");
        e.setRecipient(recipient);
        e.setEndpointId(id);
        system.getObjects().add(e);
        return e;
    }

    private static void register(Process p, int index, coyotos.studio.model.Capability c) {
        CapRegister r = F.createCapRegister();
        r.setIndex(index);
        r.setCap(c);
        p.getRegisters().add(r);
    }

    @Test
    @DisplayName("Two processes run one program from two entry points and talk through the kernel")
    void twoProgramsTalk() throws Exception {
        Files.createDirectories(dir.resolve("bin"));
        Files.copy(built("ipc"), dir.resolve("bin/ipc.elf"));
        long serverPc = ElfImage.read(built("ipc")).symbols().get("server");
        Process server = process("server", "bin/ipc.elf");
        server.setFaultInfo(serverPc);
        Process client = process("client", "bin/ipc.elf");
        Endpoint serverEp = endpoint(server, 0x100);
        Endpoint clientEp = endpoint(client, 0x200);
        EndpointCapability own = F.createEndpointCapability();
        own.setTarget(clientEp);
        register(client, 2, own);
        EntryCapability entry = F.createEntryCapability();
        entry.setTarget(serverEp);
        entry.setProtectedPayload(0x77);
        register(client, 3, entry);

        ModelRun run = ModelSimulation.run(system, SimulationOverrides.NONE, null, null);
        assertTrue(run.problems().stream().noneMatch(TranslationProblem::isError), run.problems().toString());
        RunResult r = run.result();
        assertEquals(Termination.COMPLETED, r.termination(), r.diagnosis());
        ProgramResult c = r.process("client").orElseThrow().program();
        assertEquals("bin/ipc.elf", c.image());
        assertEquals(ProcessState.RECEIVING, r.process("client").orElseThrow().finalState());
        // 7 + 35 from the server, the string's length, "ping", the entry capability's payload by copy-out
        assertEquals(List.of(42L, 4L, 0x676e6970L, 0x77L), List.of(c.register("ebx"), c.register("esi"),
                c.register("edi"), c.register("ebp")));
        assertTrue(c.instructions() > 0 && r.process("server").orElseThrow().instructions() > 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing file | | does not exist",
        "not ELF | text | is not an ELF file",
        "64-bit ELF | elf64 | is a 64-bit ELF file",
        "ARM ELF | arm | is an ELF file for ARM, not for i386",
        "segment in kernel space | kernel | reaches 0xc0000000 or above",
        "entry outside every segment | entry | has its entry point 0x9000000 outside every loadable segment",
        "object file | rel | is a relocatable object (.o), not an executable",
    })
    @DisplayName("A file that is no Coyotos i386 program is an error naming the process and the file")
    void badImages(String what, String kind, String expected) throws IOException {
        String name = "prog.elf";
        if (kind != null) {
            Files.write(dir.resolve(name), bytes(kind));
        }
        Process p = process("app", name);
        Translation t = ModelSimulation.translate(system, SimulationOverrides.NONE);
        TranslationProblem e = t.errors().stream().filter(x -> x.message().contains("program image 'prog.elf'"))
                .findFirst().orElseThrow(() -> new AssertionError(t.problems().toString()));
        assertEquals(p.eResource().getURIFragment(p), e.elementId());
        assertTrue(e.message().contains(expected), e.message());
        ModelRun run = ModelSimulation.run(system, SimulationOverrides.NONE, null, null);
        assertNull(run.result(), "no run with a broken program image");
    }

    @Test
    @DisplayName("An initial PC outside the program is an error")
    void initialPcOutsideTheProgram() throws IOException {
        Files.copy(built("spin"), dir.resolve("spin.elf"));
        Process p = process("app", "spin.elf");
        p.setFaultInfo(0x1000);
        Translation t = ModelSimulation.translate(system, SimulationOverrides.NONE);
        assertTrue(t.errors().stream().anyMatch(x -> x.message().equals(
                "its initial PC 0x1000 lies outside every segment of program image 'spin.elf'.")), t.problems().toString());
    }

    /** Small ELF files: an ELF32 i386 executable with one PT_LOAD at 0x08048000, spoiled as {@code kind} says. */
    static byte[] bytes(String kind) {
        if (kind.equals("text")) {
            return "#!/bin/sh\necho not a program\n".getBytes();
        }
        ByteBuffer b = ByteBuffer.allocate(0x1000).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {0x7f, 'E', 'L', 'F', (byte) (kind.equals("elf64") ? 2 : 1), 1, 1});
        b.position(16);
        b.putShort((short) (kind.equals("rel") ? 1 : 2)); // e_type
        b.putShort((short) (kind.equals("arm") ? 40 : 3)); // e_machine
        b.putInt(1);
        long vaddr = kind.equals("kernel") ? 0xC0000000L : 0x08048000L;
        b.putInt((int) (kind.equals("entry") ? 0x09000000L : vaddr + 0x54)); // e_entry
        b.putInt(52); // e_phoff
        b.putInt(0);
        b.putInt(0);
        b.putShort((short) 52);
        b.putShort((short) 32); // e_phentsize
        b.putShort((short) 1); // e_phnum
        b.putShort((short) 40);
        b.putShort((short) 0);
        b.putShort((short) 0);
        b.putInt(1); // PT_LOAD
        b.putInt(0); // p_offset
        b.putInt((int) vaddr);
        b.putInt((int) vaddr);
        b.putInt(0x1000); // p_filesz
        b.putInt(0x1000); // p_memsz
        b.putInt(5); // R X
        b.putInt(0x1000);
        b.put(new byte[] {(byte) 0xeb, (byte) 0xfe}); // jmp .
        return b.array();
    }
}
