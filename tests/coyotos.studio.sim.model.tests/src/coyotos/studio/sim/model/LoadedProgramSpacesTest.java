package coyotos.studio.sim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Process;
import coyotos.studio.model.io.CoyotosModel;
import coyotos.studio.sim.image.ProgramSpace;
import coyotos.studio.x86.elf.ElfImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program image is read once while its file stays as it was (the Address Space diagram asks on every refresh):
 * the space is used again for the same file, modification time and size, and loaded again when any of them
 * changes. Modification times are set explicitly, so the test does not depend on the file system's clock.
 */
@DisplayName("Program images are loaded again only when their file changes")
class LoadedProgramSpacesTest {
    @TempDir
    Path dir;
    private Process process;
    private Path file;

    @BeforeEach
    void processWithImage() throws Exception {
        CoyotosFactory f = CoyotosFactory.eINSTANCE;
        Resource r = CoyotosModel.newResourceSet().createResource(URI.createFileURI(dir.resolve("m.coyotos").toString()));
        CoyotosSystem system = f.createCoyotosSystem();
        r.getContents().add(system);
        process = f.createProcess();
        process.setName("app");
        process.setProgramImage("app.elf");
        system.getObjects().add(process);
        file = dir.resolve("app.elf");
        put("spin", 1_000_000);
    }

    private void put(String program, long modifiedSeconds) throws Exception {
        Files.copy(ProgramImageTranslationTest.built(program), file, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(file, FileTime.fromMillis(modifiedSeconds * 1000));
    }

    private ProgramSpace space() {
        ProgramImage i = ProgramImage.of(process);
        assertNull(i.problem());
        return i.space();
    }

    @Test
    @DisplayName("the same file twice: one load")
    void unchangedFileIsReadOnce() {
        assertSame(space(), space());
    }

    @Test
    @DisplayName("another program in the file (another size, another time): the new program")
    void changedFileIsLoadedAgain() throws Exception {
        ProgramSpace before = space();
        put("ipc", 2_000_000);
        ProgramSpace after = space();
        assertNotSame(before, after);
        assertEquals(ElfImage.read(ProgramImageTranslationTest.built("ipc")).entry(), after.entry());
    }

    @Test
    @DisplayName("the same bytes written again at another time: loaded again")
    void touchedFileIsLoadedAgain() throws Exception {
        ProgramSpace before = space();
        put("spin", 3_000_000);
        assertNotSame(before, space());
        assertEquals(before, space(), "the same program gives an equal space");
    }

    @Test
    @DisplayName("a file spoiled, then mended: the message, then the program")
    void brokenFileIsNeverKept() throws Exception {
        ProgramSpace before = space();
        Files.writeString(file, "not a program");
        Files.setLastModifiedTime(file, FileTime.fromMillis(4_000_000_000L));
        ProgramImage broken = ProgramImage.of(process);
        assertNull(broken.space());
        assertTrue(broken.problem().contains("is not an ELF file"), broken.problem());
        put("spin", 1_000_000);
        ProgramSpace mended = space();
        assertNotNull(mended);
        assertEquals(before, mended);
    }
}
