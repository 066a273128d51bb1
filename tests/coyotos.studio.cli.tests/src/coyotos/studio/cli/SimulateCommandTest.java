package coyotos.studio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("simulate: report on stdout, bad input on stderr with exit code 2")
class SimulateCommandTest {
    static final String SEED = new File("../../bundles/coyotos.studio.examples/examples/seed-external-own-space.coyotos").getPath();

    record Outcome(int code, String out, String err) {
    }

    static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SimulateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonReportHasTheKeys() {
        Outcome o = run(SEED, "--format", "json");
        assertEquals(0, o.code(), o.err());
        for (String key : new String[] {"\"profile\"", "\"kernel\"", "\"totalCycles\"", "\"categories\"", "\"processes\"", "\"faults\"",
                "\"raised\"", "\"delivered\"", "\"resolved\"", "\"fatal\"", "\"memory\"", "\"digest\""}) {
            assertTrue(o.out().contains(key), key + " missing in " + o.out());
        }
        assertFalse(o.err().contains("\tat "), "no stack trace");
    }

    @Test
    void profileAndSeedAreApplied() {
        Outcome a = run(SEED, "--format", "json", "--profile", "modern-pcid", "--seed", "5");
        Outcome b = run(SEED, "--format", "json", "--profile", "modern-pcid", "--seed", "5");
        assertEquals(0, a.code(), a.err());
        assertTrue(a.out().contains("\"profile\": \"modern-pcid\""), a.out());
        assertEquals(a.out(), b.out(), "same file and seed, same report");
    }

    @Test
    @DisplayName("--kernel chooses the kernel variant; the JSON key kernel and the table say which ran")
    void kernelVariantIsApplied() {
        Outcome dflt = run(SEED, "--format", "json");
        assertTrue(dflt.out().contains("\"kernel\": \"coyotos-2007\""), dflt.out());
        Outcome eros = run(SEED, "--format", "json", "--kernel", "eros-design");
        assertEquals(0, eros.code(), eros.err());
        assertTrue(eros.out().contains("\"kernel\": \"eros-design\""), eros.out());
        assertFalse(eros.out().equals(dflt.out()), "another kernel, another result");
        assertTrue(run(SEED, "--kernel", "eros-design").out().contains("kernel eros-design"));
        Outcome bad = run(SEED, "--kernel", "mach");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("mach") && bad.err().contains("coyotos-2007, eros-design"), bad.err());
    }

    @Test
    @DisplayName("--explain prints every constant of the profile with its source or the word estimate")
    void explainPrintsTheProfileTable() {
        Outcome o = run("--profile", "pentium4", "--explain");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("profile pentium4"), o.out());
        assertTrue(o.out().contains("tlbEntries") && o.out().contains("fully associative"), o.out());
        assertTrue(o.out().contains("estimate"), o.out());
        assertTrue(run("--profile", "modern-pcid", "--explain").out().contains("(hypothetical port)"));
        assertEquals(2, run("--profile", "vax-780", "--explain").code());
        Outcome withModel = run(SEED, "--explain");
        assertEquals(0, withModel.code(), withModel.err());
        assertTrue(withModel.out().contains("total cycles") && withModel.out().contains("profile pentium4:"),
                withModel.out());
    }

    @Test
    @DisplayName("p4-2007, the name saved configurations use, runs the pentium4 profile")
    void p4AliasRunsPentium4() {
        Outcome o = run(SEED, "--format", "json", "--profile", "p4-2007");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("\"profile\": \"pentium4\""), o.out());
    }

    @Test
    void tableAndCsvFormats() {
        assertEquals(0, run(SEED).code());
        Outcome csv = run(SEED, "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        assertFalse(csv.out().isBlank());
    }

    @Test
    void missingFile() {
        Outcome o = run("no-such-model.coyotos");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("no-such-model.coyotos") && o.err().contains("no such file"), o.err());
    }

    @Test
    void unknownProfileListsKnownOnes() {
        Outcome o = run(SEED, "--profile", "vax-780");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("vax-780") && o.err().contains("pentium4") && o.err().contains("core2")
                && o.err().contains("p4-2007") && o.err().contains("modern-kpti"), o.err());
    }

    @Test
    void unknownOptionAndMissingValues() {
        assertEquals(2, run(SEED, "--frobnicate").code());
        assertEquals(2, run(SEED, "--seed").code());
        assertEquals(2, run(SEED, "--seed", "many").code());
        assertEquals(2, run(SEED, "--format", "xml").code());
        assertEquals(2, run().code());
        assertTrue(run(SEED, "--frobnicate").err().contains("--frobnicate"));
    }

    @Test
    void malformedModelNamesTheLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("broken.coyotos");
        Files.writeString(f, "<?xml version=\"1.0\"?>\n<coyotos:CoyotosSystem xmlns:coyotos=\"http://coyotos.org/studio/model/0.1\"\n  name=\"x\">\n<objects\n");
        Outcome o = run(f.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("broken.coyotos:"), o.err());
        assertFalse(o.err().contains("\tat "), "no stack trace");
    }

    @Test
    @DisplayName("validation errors refuse to run unless --force")
    void validationErrorsNeedForce(@TempDir Path dir) throws IOException {
        String model = Files.readString(Path.of(SEED));
        // An l2v below the page size is a validation error (spec §4.3, COY-GPT-L2V-RANGE) the simulator could still run.
        Path f = dir.resolve("invalid.coyotos");
        Files.writeString(f, model.replace("name=\"app-heap\"", "name=\"app-heap\" l2v=\"8\""));
        Outcome o = run(f.toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("app-heap") && o.err().contains("--force"), o.err());
        Outcome forced = run(f.toString(), "--force", "--format", "json");
        assertTrue(forced.code() == 0 || forced.code() == 2, forced.err());
        assertFalse(forced.err().contains("refusing"), forced.err());
    }
}
