package coyotos.studio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.model.io.CoyotosModel;
import coyotos.studio.model.io.CoyotosResource;
import coyotos.studio.model.io.ModelLoader;
import coyotos.studio.sweep.SweepException;
import coyotos.studio.sweep.SweepSpec;
import coyotos.studio.sweep.model.PointModel;
import coyotos.studio.sweep.model.SweepModel;
import coyotos.studio.sweep.result.PointResult;
import coyotos.studio.sweep.result.SweepJson;
import coyotos.studio.sweep.result.SweepResult;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("sweep and sweep-merge: results on stdout, bad input on stderr with exit code 2")
class SweepCommandTest {
    static final String DIR = "../../bundles/coyotos.studio.examples/examples/";
    static final String MODEL = DIR + "handler-scaling.coyotos";

    record Outcome(int code, String out, String err) {
    }

    static Outcome sweep(String... args) {
        return run(true, args);
    }

    static Outcome merge(String... args) {
        return run(false, args);
    }

    private static Outcome run(boolean sweep, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code = sweep ? SweepCommand.run(args, o, e) : SweepMergeCommand.run(args, o, e);
        Outcome r = new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        return r;
    }

    @Test
    void tableJsonAndCsv() throws SweepException {
        Outcome t = sweep(MODEL, "--vary", "design=external-own-space,activation", "--vary", "replicate=1,2", "--jobs", "2");
        assertEquals(0, t.code(), t.err());
        String[] lines = t.out().split("\n");
        assertEquals(5, lines.length, t.out());
        assertTrue(lines[0].startsWith("design              replicate  totalCycles"), lines[0]);
        assertTrue(lines[3].startsWith("activation          1"), lines[3]);
        assertTrue(t.err().contains("sweep: 4/4 points, done"), t.err());
        assertTrue(t.err().contains("note: design: activation handler of 'app' only"), t.err());

        Outcome j = sweep(MODEL, "--vary", "replicate=1..3", "--format", "json");
        assertEquals(0, j.code(), j.err());
        assertTrue(j.out().contains("\"axes\": [") && j.out().contains("\"points\": ["), j.out());
        SweepResult o = SweepJson.read(j.out(), "stdout");
        assertEquals(3, o.points().size());
        assertEquals("replicate", o.axes().get(0).name());

        Outcome c = sweep(MODEL, "--vary", "replicate=1..3", "--format", "csv");
        assertEquals(0, c.code(), c.err());
        assertEquals(4, c.out().split("\n").length);
        assertTrue(c.out().startsWith("index,replicate,termination,digest,totalCycles,"));
    }

    /** What the issue asks: a point of a sweep, saved as a model and run by simulate with the same seed, has its digest. */
    @Test
    void aPointSavedAndSimulatedGivesItsDigest(@TempDir Path dir) throws SweepException, IOException {
        String[] vary = { "kernel=coyotos-2007,eros-design", "design=memory-handler,activation", "replicate=2,3",
            "simulation/randomSeed=5" };
        List<String> args = new ArrayList<>(List.of(MODEL, "--format", "json", "--seed", "9"));
        for (String v : vary) {
            args.add("--vary");
            args.add(v);
        }
        Outcome s = sweep(args.toArray(String[]::new));
        assertEquals(0, s.code(), s.err());
        List<PointResult> points = SweepJson.read(s.out(), "stdout").points();
        assertEquals(8, points.size());
        CoyotosModel.registerGlobally();
        SweepModel model = SweepModel.of(new ModelLoader().load(new File(MODEL)).system(),
                SweepSpec.parse(List.of(vary), null, null, 9L));
        for (int i = 0; i < points.size(); i++) {
            PointResult p = points.get(i);
            PointModel pm = model.point(p.index());
            File file = dir.resolve("point" + i + ".coyotos").toFile();
            pm.system().eResource().setURI(URI.createFileURI(file.getAbsolutePath()));
            pm.system().eResource().save(CoyotosResource.defaultSaveOptions());
            var alone = SimulateCommandTest.run(file.getPath(), "--format", "json", "--seed", "9", "--kernel",
                    p.values().get(0));
            assertEquals(0, alone.code(), alone.err());
            java.util.regex.Matcher digest = java.util.regex.Pattern.compile("\"digest\": \"([0-9a-f]{16})\"")
                    .matcher(alone.out());
            assertTrue(digest.find(), alone.out());
            assertEquals(p.digest(), digest.group(1), "point " + p.values());
        }
    }

    @Test
    void shardsMergeToTheUnshardedOutput(@TempDir Path dir) throws IOException {
        String[] axes = { "--vary", "design=external-own-space,activation", "--vary", "replicate=1..3" };
        Outcome whole = sweep(concat(new String[] { MODEL, "--format", "json" }, axes));
        List<String> files = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            Outcome part = sweep(concat(new String[] { MODEL, "--format", "json", "--shard", i + "/4", "--jobs", "1" }, axes));
            assertEquals(0, part.code(), part.err());
            Path f = dir.resolve("shard-" + i + ".json");
            Files.writeString(f, part.out());
            files.add(f.toString());
        }
        Outcome merged = merge(files.toArray(String[]::new));
        assertEquals(0, merged.code(), merged.err());
        assertEquals(whole.out(), merged.out());
        Outcome table = merge(concat(files.toArray(String[]::new), new String[] { "--format", "table" }));
        assertEquals(7, table.out().split("\n").length);

        Outcome missing = merge(files.get(0), files.get(2), files.get(3));
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no output of shard 2/4"), missing.err());
        Path csv = dir.resolve("x.csv");
        Files.writeString(csv, sweep(MODEL, "--vary", "replicate=1", "--format", "csv").out());
        Outcome notJson = merge(csv.toString());
        assertEquals(2, notJson.code());
        assertTrue(notJson.err().contains("x.csv is not"), notJson.err());
    }

    @Test
    void aSweepFileRunsItsModelAndAxes() {
        Outcome o = sweep(DIR + "handler-scaling.sweep", "--vary", "profile=pentium4", "--shard", "1/64", "--format", "csv");
        assertEquals(0, o.code(), o.err());
        String[] lines = o.out().split("\n");
        assertTrue(lines[0].startsWith("index,kernel,design,replicate:app,profile,"), lines[0]);
        assertEquals(5, lines.length, "256 points, slice 1 of 64 holds 4");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "MODEL|no axis given",
        "MODEL --vary replicate|is not an axis",
        "MODEL --vary speed=1|unknown axis 'speed'",
        "MODEL --vary replicate:ghost=2|no process named 'ghost'",
        "MODEL --vary design=telepathy|unknown design 'telepathy'",
        "MODEL --vary replicate=1 --shard 0/4|numbered 1..4",
        "MODEL --vary replicate=1 --format xml|unknown format 'xml'",
        "MODEL --vary replicate=1 --jobs 0|--jobs takes 1..4096",
        "MODEL --vary profile=p4-2007 --profile modern-pcid|keep one",
        "MODEL --vary app/wings/l2v=1|holds nothing called 'wings'",
        "MODEL --vary kernel=bsd|unknown kernel variant 'bsd'",
        "MODEL --vary replicate=1 --kernel bsd|--kernel: unknown kernel variant 'bsd'",
        "missing.coyotos --vary replicate=1|missing.coyotos: no such file",
        "MODEL --vary replicate=1 --frobnicate|unknown option '--frobnicate'" })
    void badInputIsExitTwoWithAMessage(String line, String message) {
        Outcome o = sweep(line.replace("MODEL", MODEL).split(" "));
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains(message), o.err());
        assertEquals("", o.out());
    }

    @Test
    void mergeWithoutFiles() {
        Outcome o = merge();
        assertEquals(2, o.code());
        assertTrue(o.err().contains("no files given"), o.err());
        assertEquals(2, merge("nowhere.json").code());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] r = new String[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
