package coyotos.studio.sweep.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import coyotos.studio.sweep.Fixtures;
import coyotos.studio.sweep.Shard;
import coyotos.studio.sweep.SweepException;
import coyotos.studio.sweep.SweepFile;
import coyotos.studio.sweep.SweepSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Formats: JSON, CSV, table, saved sweeps and sweep configurations")
class SweepFormatsTest {
    static SweepResult r;

    @BeforeAll
    static void run() throws SweepException {
        r = Fixtures.sweep("seed-external-own-space", 2, Shard.ALL, "replicate=1,2", "profile=pentium4,modern-pcid");
    }

    @Test
    void jsonHasAxesAndPointsWithTheReportKeys() {
        JsonObject o = JsonParser.parseString(SweepJson.write(r)).getAsJsonObject();
        assertEquals("replicate", o.getAsJsonArray("axes").get(0).getAsJsonObject().get("name").getAsString());
        JsonObject p = o.getAsJsonArray("points").get(3).getAsJsonObject();
        assertEquals(2, p.getAsJsonObject("values").get("replicate").getAsInt());
        assertEquals("modern-pcid", p.getAsJsonObject("values").get("profile").getAsString());
        for (String key : List.of("profile", "totalCycles", "categories", "faults", "memory", "digest")) {
            assertTrue(p.has(key), key);
        }
        assertEquals(32, p.getAsJsonObject("faults").get("raised").getAsLong());
        assertEquals("seed-external-own-space.coyotos", o.getAsJsonObject("sweep").get("model").getAsString());
        assertEquals(4, o.getAsJsonObject("sweep").get("points").getAsLong());
    }

    @Test
    void jsonReadsBackToTheSameJson() throws SweepException {
        String json = SweepJson.write(r);
        assertEquals(json, SweepJson.write(SweepJson.read(json, "x")));
    }

    @Test
    void csvHasAColumnPerAxisAndMetric() {
        String[] lines = SweepCsv.write(r).split("\n");
        assertEquals(5, lines.length);
        assertTrue(lines[0].startsWith("index,replicate,profile,termination,digest,totalCycles,perFault.overhead,"), lines[0]);
        String[] first = lines[1].split(",");
        assertEquals("0", first[0]);
        assertEquals("1", first[1]);
        assertEquals("pentium4", first[2]);
        assertEquals("COMPLETED", first[3]);
        assertEquals(Long.toString(r.points().get(0).totalCycles()), first[5]);
        assertEquals(lines[0].split(",").length, first.length);
        assertEquals("\"a,\"\"b\"\"\"", SweepCsv.field("a,\"b\""));
    }

    @Test
    void theTableLinesUp() {
        String[] lines = SweepTable.of(r, SweepTable.summaryMetrics(), true).text().split("\n");
        assertEquals(5, lines.length);
        assertTrue(lines[0].startsWith("replicate  profile      totalCycles"), lines[0]);
        assertEquals(lines[1].indexOf("COMPLETED"), lines[0].indexOf("termination"));
    }

    @Test
    void savedSweepsReopenFromBesideTheModel(@TempDir Path dir) throws IOException, SweepException {
        Path model = dir.resolve("m.coyotos");
        Path folder = SweepFiles.folderFor(model);
        assertEquals(dir.resolve("m.runs"), folder);
        Path a = SweepFiles.save(r, folder, LocalDateTime.of(2026, 1, 2, 3, 4, 5));
        Path b = SweepFiles.save(r, folder, LocalDateTime.of(2026, 1, 2, 3, 4, 5));
        assertTrue(a.getFileName().toString().endsWith("-sweep.sweep.json"), a.toString());
        assertEquals(List.of(a, b), SweepFiles.list(folder));
        assertEquals(SweepJson.write(r), SweepJson.write(SweepFiles.load(b)));
        Files.writeString(folder.resolve("broken.sweep.json"), "{");
        assertThrows(SweepException.class, () -> SweepFiles.load(folder.resolve("broken.sweep.json")));
    }

    @Test
    void sweepConfigurationsReadBack(@TempDir Path dir) throws IOException, SweepException {
        SweepSpec spec = SweepSpec.parse(List.of("design=activation", "replicate=1..64"), null, null, 7L);
        Path file = dir.resolve("s.sweep");
        Files.writeString(file, SweepFile.write(dir, dir.resolve("m.coyotos"), spec));
        SweepFile back = SweepFile.read(file);
        assertEquals(dir.resolve("m.coyotos").toAbsolutePath(), back.model());
        assertEquals(spec.vary(), back.spec().vary());
        assertEquals(7L, back.spec().seed());
        Files.writeString(file, "{\"model\": \"m.coyotos\", \"vary\": [\"replicate=0..\"]}");
        SweepException e = assertThrows(SweepException.class, () -> SweepFile.read(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }

    /** The example's launch configuration (for the IDE) and its .sweep file (for the CLI) must not drift apart. */
    @Test
    void theBundledLaunchConfigurationIsTheSweepFile() throws IOException, SweepException {
        String launch = Files.readString(Fixtures.EXAMPLES.toPath().resolve("handler-scaling.launch"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<listEntry value=\"([^\"]*)\"/>").matcher(launch);
        List<String> axes = new java.util.ArrayList<>();
        while (m.find()) {
            axes.add(m.group(1));
        }
        assertEquals(SweepFile.read(Fixtures.EXAMPLES.toPath().resolve("handler-scaling.sweep")).spec().vary(), axes);
        assertTrue(launch.contains("value=\"/coyotos-examples/handler-scaling.coyotos\""), launch);
    }

    @Test
    void theBundledSweepConfigurationRunsItsModel() throws SweepException {
        SweepFile f = SweepFile.read(Fixtures.EXAMPLES.toPath().resolve("handler-scaling.sweep"));
        assertEquals("handler-scaling.coyotos", f.model().getFileName().toString());
        assertEquals(256, coyotos.studio.sweep.model.SweepModel.of(Fixtures.load("handler-scaling"), f.spec()).spec().points());
    }
}
