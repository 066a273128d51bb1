package coyotos.studio.model.io;

import static org.junit.jupiter.api.Assertions.*;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import coyotos.studio.model.validation.TestModels;

/** Bad input never throws into the caller, reports a line, and is never written back. */
class ModelLoaderTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void init() {
        TestModels.init();
    }

    private String example() throws IOException {
        return Files.readString(new File(TestModels.examplesDir(), "ipc-client-server.coyotos").toPath());
    }

    private File write(String name, String content) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p.toFile();
    }

    @Test
    void truncatedFileReportsALineAndRefusesToSave() throws IOException {
        String full = example();
        File f = write("truncated.coyotos", full.substring(0, full.length() / 2));
        String before = Files.readString(f.toPath());
        ModelLoader.Result r = assertDoesNotThrow(() -> new ModelLoader().load(f));
        assertTrue(r.hasErrors());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.line() > 0), r.diagnostics().toString());
        Resource res = r.resource();
        assertThrows(IOException.class, () -> res.save(null));
        assertEquals(before, Files.readString(f.toPath()), "a failed load must not be written back");
    }

    @Test
    void notXmlReportsLine() throws IOException {
        File f = write("garbage.coyotos", "this is not XML\n{ \"json\": true }\n");
        ModelLoader.Result r = assertDoesNotThrow(() -> new ModelLoader().load(f));
        assertTrue(r.hasErrors());
        assertEquals(1, r.diagnostics().get(0).line(), r.diagnostics().toString());
    }

    @Test
    void unknownFeatureReportsLineAndName() throws IOException {
        String bad = example().replaceFirst("name=\"sched\"", "name=\"sched\" quantum=\"5\"");
        File f = write("unknown.coyotos", bad);
        int expectedLine = lineOf(bad, "quantum=");
        ModelLoader.Result r = new ModelLoader().load(f);
        assertTrue(r.hasErrors());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.message().contains("quantum") && d.line() == expectedLine),
                r.diagnostics().toString());
    }

    @Test
    void danglingReferenceIsReported() throws IOException {
        String text = example();
        int i = text.indexOf("target=\"#") + "target=\"#".length();
        String bad = text.substring(0, i) + "_doesNotExist" + text.substring(text.indexOf('"', i));
        File f = write("dangling.coyotos", bad);
        ModelLoader.Result r = assertDoesNotThrow(() -> new ModelLoader().load(f));
        assertTrue(r.hasErrors(), r.diagnostics().toString());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.message().contains("_doesNotExist")), r.diagnostics().toString());
    }

    @Test
    void crossFileDanglingHrefIsReported() throws IOException {
        String text = example();
        int i = text.indexOf("target=\"#");
        String bad = text.substring(0, i) + "target=\"missing.coyotos#_x" + text.substring(text.indexOf('"', i + 9));
        ModelLoader.Result r = new ModelLoader().load(write("href.coyotos", bad));
        assertTrue(r.hasErrors(), r.diagnostics().toString());
    }

    @Test
    void missingFileAndWrongRootAreDiagnostics() throws IOException {
        ModelLoader.Result r = new ModelLoader().load(tmp.resolve("nope.coyotos").toFile());
        assertTrue(r.hasErrors());
        File f = write("empty.coyotos", "<?xml version=\"1.0\"?>\n<a/>\n");
        assertTrue(new ModelLoader().load(f).hasErrors());
    }

    @Test
    void entryCapabilityNoCallOfEarlierVersionsLoadsAndIsKept() throws IOException {
        // Earlier versions had noCall on entry capabilities; it moved to memory capabilities (Memory.idl).
        String text = example();
        int i = text.indexOf("xsi:type=\"coyotos:EntryCapability\"");
        assertTrue(i > 0, "the example has an entry capability");
        String old = text.substring(0, i) + "noCall=\"true\" " + text.substring(i);
        File f = write("old.coyotos", old);
        ModelLoader.Result r = new ModelLoader().load(f);
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.severity() == LoadDiagnostic.Severity.WARNING
                && d.message().contains("noCall") && d.line() == lineOf(old, "noCall=")), r.diagnostics().toString());
        r.resource().setModified(true);
        r.resource().save(null);
        assertTrue(Files.readString(f.toPath()).contains("noCall=\"true\""), "nothing the user wrote is lost");
        assertFalse(new ModelLoader().load(f).hasErrors());
    }

    @Test
    void noCallOnMemoryCapabilitiesIsAFeature() throws IOException {
        String text = example();
        int i = text.indexOf("xsi:type=\"coyotos:GptCapability\"");
        File f = write("nc.coyotos", text.substring(0, i) + "noCall=\"true\" " + text.substring(i));
        ModelLoader.Result r = new ModelLoader().load(f);
        assertTrue(r.diagnostics().isEmpty(), r.diagnostics().toString());
        assertTrue(r.resource().getAllContents().next() != null);
        boolean found = false;
        for (var it = r.resource().getAllContents(); it.hasNext();) {
            if (it.next() instanceof coyotos.studio.model.MemoryCapability m && m.isNoCall()) {
                found = true;
            }
        }
        assertTrue(found);
    }

    @Test
    void goodFileRoundTripsWithUuids() throws IOException {
        File f = write("good.coyotos", example());
        ModelLoader.Result r = new ModelLoader().load(f);
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        r.resource().save(null);
        assertTrue(Files.readString(f.toPath()).contains("xmi:id=\"_"));
    }

    private static int lineOf(String text, String needle) {
        int idx = text.indexOf(needle);
        return (int) text.substring(0, idx).chars().filter(c -> c == '\n').count() + 1;
    }
}
