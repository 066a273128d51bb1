package coyotos.studio.mkimage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.io.CoyotosModel;
import coyotos.studio.model.io.CoyotosResource;
import coyotos.studio.model.io.ModelLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** import → export → import gives the same model, for every valid corpus module; and a saved import loads back. */
class RoundTripTest {
    @TempDir
    Path dir;

    static Stream<Path> modules() {
        return Corpus.files("valid").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    @DisplayName("import → export → import keeps the model")
    void roundTrip(Path module) {
        CoyotosSystem s = Corpus.importOk(module, Corpus.options()).system();
        RoundTrip.check(s, "exported", dir);
    }

    @Test
    @DisplayName("the export of an image with programs is a readable module: defs by process, page words, wiring")
    void exportReads() {
        CoyotosSystem s = Corpus.system("programs");
        String text = MkiExport.write(s, "programs_export").text();
        assertTrue(text.contains("module programs_export {"), text);
        assertTrue(text.contains("\n  // ---- process proc ----\n"), text);
        assertTrue(text.contains("\n  def proc = new Process(PrimeBank);\n"), text);
        assertTrue(text.contains("\n  def img_space_page_0x8048000 = new Page(PrimeBank);\n"), "pages named by address: " + text);
        assertTrue(text.contains("  proc.faultCode = 25;  // Startup\n"), text);
        assertTrue(text.contains("  def put_words(pg, at, w0, w1, w2, w3, w4, w5, w6, w7) {"), text);
        assertTrue(text.contains("  proc.addrSpace = guard(img_space, 0x8040000, 16);\n"), text);
        assertTrue(text.contains("  img_space.cap[9] = noexec(img_space_page_0x8048000);\n"), "the shared file page: " + text);
        assertFalse(text.contains("!="), "the 2007 mkimage cannot read !=");
        assertFalse(text.matches("(?s).*[a-z0-9_)] - [a-z0-9_(].*"), "nor a binary minus");
    }

    @Test
    @DisplayName("an imported model saved as .coyotos loads back equal, page contents and origins included")
    void savedModelLoads() throws IOException {
        CoyotosSystem s = Corpus.system("objects");
        Path file = dir.resolve("objects.coyotos");
        Resource r = CoyotosModel.newResourceSet().createResource(URI.createFileURI(file.toString()));
        r.getContents().add(s);
        r.save(CoyotosResource.defaultSaveOptions());
        ModelLoader.Result loaded = new ModelLoader().load(file.toFile());
        assertFalse(loaded.hasErrors(), loaded.diagnostics().toString());
        assertTrue(ModelDifferences.between(s, loaded.system()).isEmpty(), ModelDifferences.between(s, loaded.system()).toString());
        assertEquals(Corpus.object(s, "proc", coyotos.studio.model.Process.class).getOrigin(),
                Corpus.object(loaded.system(), "proc", coyotos.studio.model.Process.class).getOrigin());
    }
}
