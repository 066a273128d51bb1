package coyotos.studio.model.validation;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import coyotos.studio.model.Gpt;
import coyotos.studio.model.io.CoyotosModel;
import coyotos.studio.model.io.ModelLoader;
import coyotos.studio.model.validation.fixes.FixedFile;

/**
 * A quick fix applied to a file no editor has open: the new content is what the editor would save after the same
 * fix, and a file that writing back would damage (XML comments, content that does not load) is refused with the
 * reason.
 */
class FixedFileTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void init() {
        TestModels.init();
    }

    @Test
    void theFixedContentIsTheModelAsTheEditorWouldSaveIt() throws Exception {
        Path file = write("broken.coyotos", 8);
        String id = gptId(file);
        FixedFile.Result fixed = FixedFile.apply(uri(file), "COY-GPT-L2V-RANGE", id, "l2v-12");
        assertTrue(fixed.applied(), fixed.problem());
        assertEquals("Set l2v of GPT 'client-space' to 12", fixed.label());

        // what the editor writes after the same change: load, set, save
        var loaded = new ModelLoader().load(uri(file));
        ((Gpt) loaded.resource().getEObject(id)).setL2v(12);
        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        loaded.resource().save(expected, null);
        assertEquals(expected.toString(StandardCharsets.UTF_8), new String(fixed.content(), StandardCharsets.UTF_8));
        assertFalse(expected.toString(StandardCharsets.UTF_8).contains("l2v=\"8\""), "12 is l2v's default, so unwritten");
        assertEquals(8, gpt(file).getL2v(), "the file itself is the caller's to write");
    }

    @Test
    void aFileWithCommentsIsLeftToTheEditor() throws Exception {
        Path file = write("commented.coyotos", 8);
        String text = Files.readString(file).replaceFirst("<objects", "<!-- the modeller's note -->\n  <objects");
        Files.writeString(file, text);
        FixedFile.Result fixed = FixedFile.apply(uri(file), "COY-GPT-L2V-RANGE", gptId(file), "l2v-12");
        assertFalse(fixed.applied());
        assertTrue(fixed.problem().contains("XML comments"), fixed.problem());
    }

    @Test
    void aFileThatDoesNotLoadCleanlyIsLeftToTheEditor() throws Exception {
        Path file = write("odd.coyotos", 8);
        String id = gptId(file);
        Files.writeString(file, Files.readString(file).replaceFirst("l2v=\"8\"", "l2v=\"8\" colour=\"blue\""));
        FixedFile.Result fixed = FixedFile.apply(uri(file), "COY-GPT-L2V-RANGE", id, "l2v-12");
        assertFalse(fixed.applied());
        assertTrue(fixed.problem().contains("does not load cleanly"), fixed.problem());
    }

    @Test
    void aFindingThatIsGoneIsSaidSo() throws Exception {
        Path file = write("fine.coyotos", 12);
        FixedFile.Result fixed = FixedFile.apply(uri(file), "COY-GPT-L2V-RANGE", gptId(file), "l2v-12");
        assertFalse(fixed.applied());
        assertTrue(fixed.problem().contains("no longer in fine.coyotos"), fixed.problem());
    }

    /** The baseline with the client's GPT at {@code l2v}, saved as the editor saves. */
    private Path write(String name, int l2v) throws IOException {
        Baseline b = new Baseline();
        b.space.setL2v(l2v);
        Path file = dir.resolve(name);
        Resource resource = CoyotosModel.newResourceSet().createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(b.system());
        resource.save(Map.of());
        return file;
    }

    private static String gptId(Path file) {
        Gpt gpt = gpt(file);
        return ((XMLResource) gpt.eResource()).getID(gpt);
    }

    private static Gpt gpt(Path file) {
        var loaded = new ModelLoader().load(uri(file));
        return loaded.system().getObjects().stream().filter(o -> o instanceof Gpt g && "client-space".equals(g.getName()))
                .map(Gpt.class::cast).findFirst().orElseThrow();
    }

    private static URI uri(Path file) {
        return URI.createFileURI(file.toString());
    }
}
