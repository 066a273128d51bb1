package coyotos.studio.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import coyotos.studio.model.validation.TestModels;

/**
 * Crafted files under testfiles/hostile: each loads into exactly one diagnostic in plain words, with its line, and
 * is never written back. The CLI's tests run the same files.
 */
class HostileFilesTest {
    static final File DIR = new File("testfiles/hostile");

    @BeforeAll
    static void init() {
        TestModels.init();
    }

    static LoadDiagnostic only(String name) {
        ModelLoader.Result r = new ModelLoader().load(new File(DIR, name));
        assertTrue(r.hasErrors(), name);
        assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
        Resource res = r.resource();
        if (res != null) {
            assertThrows(IOException.class, () -> res.save(null), "a failed load is never saved");
        }
        return r.diagnostics().get(0);
    }

    @Test
    void duplicateIdsAreAnErrorWithTheLineOfTheSecond() {
        LoadDiagnostic d = only("duplicate-ids.coyotos");
        assertEquals(6, d.line());
        assertEquals("The xmi:id 'twin' is used twice: by this Page and, earlier, by Page 'first' (twin). References to "
                + "it would silently bind to one of them. Give each element an id of its own.", d.message());
    }

    @Test
    void aReferenceToAnElementOfTheWrongTypeNamesBothWithTheLine() {
        LoadDiagnostic d = only("wrong-type-reference.coyotos");
        assertEquals(8, d.line());
        assertEquals("Reference 'target' of GptCapability (c0) names Page 'data' (data), but it must name a Gpt. "
                + "Re-point it at a Gpt.", d.message());
    }

    @Test
    void badEncodingIsReportedOnceInPlainWords() {
        LoadDiagnostic d = only("bad-encoding.coyotos");
        assertEquals(4, d.line());
        assertTrue(d.message().startsWith("The file is not valid UTF-8 text (Invalid byte 2 of 3-byte UTF-8 sequence)"),
                d.message());
        assertFalse(d.message().contains("Exception") || d.message().contains("file:"), d.message());
    }

    @Test
    void aRemoteReferenceIsRefusedWithoutAnyConnection() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String model = Files.readString(new File(DIR, "remote-reference.coyotos").toPath())
                    .replace("127.0.0.1:9", "127.0.0.1:" + listener.getLocalPort());
            Path f = Files.createTempFile("remote", ".coyotos");
            try {
                Files.writeString(f, model);
                ModelLoader.Result r = new ModelLoader().load(f.toFile());
                assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
                assertEquals(7, r.diagnostics().get(0).line());
                assertTrue(r.diagnostics().get(0).message().startsWith("The reference to 'http://127.0.0.1:"
                        + listener.getLocalPort() + "/evil.coyotos#page' is refused"), r.diagnostics().get(0).message());
                listener.setSoTimeout(200);
                assertThrows(SocketTimeoutException.class, listener::accept, "the loader connected to the URL");
            } finally {
                Files.delete(f);
            }
        }
    }

    @Test
    void theResourceSetRefusesRemoteUrisAddedAfterLoading() {
        org.eclipse.emf.ecore.resource.ResourceSet rs = CoyotosModel.newResourceSet();
        assertThrows(RuntimeException.class, () -> rs.getResource(
                org.eclipse.emf.common.util.URI.createURI("https://127.0.0.1:1/x.coyotos"), true));
    }

    @Test
    void devNullAndDirectoriesAreNamedForWhatTheyAre(@TempDir Path dir) {
        assertEquals("/dev/null: not a regular file (a device, pipe or socket), so it holds no model",
                new ModelLoader().load(new File("/dev/null")).diagnostics().get(0).message());
        assertTrue(new ModelLoader().load(dir.toFile()).diagnostics().get(0).message()
                .endsWith(": a directory, not a model file"));
        assertTrue(new ModelLoader().load(dir.resolve("none.coyotos").toFile()).diagnostics().get(0).message()
                .endsWith(": no such file"));
    }

    @Test
    void manyDanglingReferencesAreEachReportedOnce(@TempDir Path dir) throws IOException {
        StringBuilder sb = new StringBuilder(Files.readString(new File(DIR, "duplicate-ids.coyotos").toPath())
                .replaceAll("(?s)<objects.*</objects>\n", ""));
        int n = 2_000;
        StringBuilder objects = new StringBuilder();
        for (int i = 0; i < n; i++) {
            objects.append("  <objects xsi:type=\"coyotos:Process\" xmi:id=\"p").append(i).append("\" name=\"p").append(i)
                    .append("\"><handler xsi:type=\"coyotos:EntryCapability\" xmi:id=\"h").append(i)
                    .append("\" target=\"#missing-").append(i).append("\"/></objects>\n");
        }
        sb.insert(sb.indexOf("</coyotos:CoyotosSystem>"), objects);
        Path f = Files.writeString(dir.resolve("dangling.coyotos"), sb);
        List<LoadDiagnostic> ds = new ModelLoader().load(f.toFile()).diagnostics();
        assertEquals(n, ds.size());
        assertTrue(ds.get(0).message().startsWith("Unresolved reference 'missing-0'."), ds.get(0).message());
    }
}
