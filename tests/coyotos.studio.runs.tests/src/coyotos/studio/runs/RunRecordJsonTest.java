package coyotos.studio.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import coyotos.studio.sim.fixtures.SeedScenarios;
import coyotos.studio.sim.result.CostCategory;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.run.Simulation;

/** Run records survive a restart; records written before Gson still load; broken ones are reported, never thrown. */
class RunRecordJsonTest {

    /** Written by the hand-written JSON writer the first version shipped (see the file). */
    private static final Path BEFORE_GSON = Path.of("testfiles/before-gson.run.json");

    @TempDir
    Path dir;

    @Test
    void aRunRoundTripsThroughItsFile() throws IOException {
        RunResult result = Simulation.run(SeedScenarios.build(SeedScenarios.HandlerConfig.EXTERNAL_OWN_SPACE,
                SeedScenarios.Params.defaults(), null));
        RunRecord record = RunRecord.of(result, "seed \"own\" space\t\u00b7 C:\\runs", "/p/seed.coyotos", "x.events");
        Path file = dir.resolve("r" + RunFiles.RECORD_SUFFIX);
        RunRecordJson.save(record, file);
        RunRecord back = RunRecordJson.load(file);
        assertEquals(record, back);
        assertEquals(256, back.fault(FaultKind.RAISED), "the seed example's defaults fault once per heap page");
        assertEquals("coyotos-2007", back.kernel(), "every run names the kernel variant that ran");
        assertEquals(result.digestHex(), back.digest());
        assertEquals(result.faults().resolved(), back.fault(FaultKind.RESOLVED));
        assertEquals(List.of(back), RunFiles.loadAll(dir).records());
        assertEquals(RunRecordJson.write(record), RunRecordJson.write(back), "the same record prints the same text");
    }

    @Test
    void theFileHasOneKeyPerComponentInCategoryOrder() {
        JsonObject json = JsonParser.parseString(RunRecordJson.write(TestRuns.small())).getAsJsonObject();
        assertEquals(List.of("label", "model", "profile", "kernel", "seed", "totalCycles", "categories", "processes",
                "faults", "memory", "digest", "termination", "diagnosis", "events", "eventsFile", "whatIfs"),
                List.copyOf(json.keySet()));
        assertEquals(List.of("USER", "RING_TRANSITION", "ADDRESS_SPACE_SWITCH", "TLB_REFILL", "PAGE_TABLE_BUILD",
                "KERNEL_PATH", "IPC", "HANDLER"), List.copyOf(json.getAsJsonObject("categories").keySet()));
        assertEquals(List.of("raised", "delivered", "resolved", "fatal", "escalated"),
                List.copyOf(json.getAsJsonObject("faults").keySet()));
        assertEquals(140, json.getAsJsonObject("categories").get("RING_TRANSITION").getAsLong());
        JsonObject pager = json.getAsJsonArray("processes").get(1).getAsJsonObject();
        assertEquals(List.of("id", "name", "categories", "finalState", "faultsRaised"), List.copyOf(pager.keySet()));
        assertEquals("id-pager", pager.get("id").getAsString());
        assertEquals(true, json.get("eventsFile").isJsonNull(), "a run without a log says so");
    }

    @Test
    void aRecordWrittenBeforeGsonLoadsWithEveryFigure() throws IOException {
        RunRecord old = RunRecordJson.load(BEFORE_GSON);
        assertEquals("seed \"own\" space \u00b7 p4-2007 \u00b7 20260101-120000\tC:\\runs", old.label());
        assertEquals("/coyotos-examples/seed-external-own-space.coyotos", old.model());
        assertEquals("p4-2007", old.profile());
        assertEquals(1, old.seed());
        assertEquals(2_423_522, old.totalCycles());
        assertEquals(520_448, old.category(CostCategory.USER));
        assertEquals(61_560, old.category(CostCategory.ADDRESS_SPACE_SWITCH));
        assertEquals(List.of("pager0", "worker0"), old.processNames());
        assertEquals(52_736, old.processes().get(0).category(CostCategory.HANDLER));
        assertEquals("DONE", old.processes().get(1).finalState());
        assertEquals(256, old.processes().get(1).faultsRaised());
        assertEquals(256, old.fault(FaultKind.RAISED));
        assertEquals(0, old.fault(FaultKind.FATAL));
        assertEquals(1_251_616, old.memoryTotal());
        assertEquals("21f8ca8f1a3d1538", old.digest());
        assertEquals("COMPLETED", old.termination());
        assertEquals(23_629, old.events());
        assertEquals("20260101-120000-000-p4-2007.events", old.eventsFile());
        assertNull(old.kernel(), "written before kernel variants existed");
        assertEquals("(before kernel variants)", old.kernelLabel());
        assertEquals(List.of(), old.whatIfsOrNone());
        assertEquals(old, RunRecordJson.read(RunRecordJson.write(old)), "and it is written back unchanged");
    }

    @Test
    void keysThatAreNotRequiredMayBeMissingOrNull() {
        RunRecord r = RunRecordJson.read("""
                {"label": "l", "profile": "p", "totalCycles": 5, "categories": {"USER": 5}, "processes": [],
                 "faults": {}, "memory": {}, "diagnosis": null, "aKeyOfALaterVersion": [1, 2]}""");
        assertEquals(5, r.category(CostCategory.USER));
        assertEquals(0, r.category(CostCategory.IPC));
        assertEquals(0, r.fault(FaultKind.RAISED));
        assertNull(r.model());
        assertNull(r.diagnosis());
        assertEquals(0, r.seed());
    }

    /** Each broken text with the reason the user reads (after the file's name). */
    @Test
    void brokenRecordsSayWhatIsWrong() {
        assertProblem("Unterminated escape sequence at line 1 column 17 path $.label", "{\"label\": \"abc\\u12");
        assertProblem("End of input at line 1 column 11 path $.label", "{\"label\": ");
        assertProblem("the key \"processes\" is missing", """
                {"label": "l", "profile": "p", "totalCycles": 5, "categories": {}, "faults": {}, "memory": {}}""");
        assertProblem("the key \"label\" is missing", """
                {"label": null, "profile": "p", "totalCycles": 5, "categories": {}, "processes": [], "faults": {},
                 "memory": {}}""");
        assertProblem("expected a JSON object, found [1,2]", "[1, 2]");
        assertProblem("text after the record at line 1 column 5", "{} {}");
        assertProblem("text after the record at line 2 column 3", "{}\n x");
        assertProblem("categories has no number for \"USER\"", """
                {"label": "l", "profile": "p", "totalCycles": 5, "categories": {"USER": null}, "processes": [],
                 "faults": {}, "memory": {}}""");
        assertProblem("expected a number, found \"many\"", """
                {"label": "l", "profile": "p", "totalCycles": "many", "categories": {}, "processes": [],
                 "faults": {}, "memory": {}}""");
        assertProblem("Expected BEGIN_OBJECT but was STRING at line 1 column 65 path $.categories", """
                {"label": "l", "profile": "p", "totalCycles": 1, "categories": "x", "processes": [], "faults": {},
                 "memory": {}}""");
        assertProblem("categories of w missing", """
                {"label": "l", "profile": "p", "totalCycles": 5, "categories": {}, "processes": [{"id": "w"}],
                 "faults": {}, "memory": {}}""");
    }

    private static void assertProblem(String expected, String json) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> RunRecordJson.read(json)).getMessage(),
                json);
    }

    /** loadAll promises never to throw: a truncated escape used to escape it as StringIndexOutOfBoundsException. */
    @Test
    void aFolderWithBrokenRecordsLoadsTheGoodOnesAndNamesTheBadOnes() throws IOException {
        Files.copy(BEFORE_GSON, dir.resolve("1-good" + RunFiles.RECORD_SUFFIX));
        Files.writeString(dir.resolve("2-truncated" + RunFiles.RECORD_SUFFIX), "{\"label\": \"abc\\u12");
        Files.write(dir.resolve("3-latin1" + RunFiles.RECORD_SUFFIX), new byte[] { '{', '"', (byte) 0xE9, '"' });
        Files.writeString(dir.resolve("notes.txt"), "not a record, not looked at");
        RunFiles.Loaded loaded = RunFiles.loadAll(dir);
        assertEquals(1, loaded.records().size());
        assertEquals(List.of(dir.resolve("1-good" + RunFiles.RECORD_SUFFIX)), loaded.files());
        assertEquals(List.of(
                dir.resolve("2-truncated.run.json") + " is not a Coyotos run record: Unterminated escape sequence at "
                        + "line 1 column 17 path $.label",
                dir.resolve("3-latin1.run.json") + " is not a Coyotos run record: it is not UTF-8 text"),
                loaded.problems());
    }

    @Test
    void aMissingFolderHasNoRunsAndNoProblems() {
        RunFiles.Loaded loaded = RunFiles.loadAll(dir.resolve("absent.runs"));
        assertEquals(List.of(), loaded.records());
        assertEquals(List.of(), loaded.problems());
    }

    @Test
    void runFoldersSitBesideTheirModel() {
        assertEquals(Path.of("/w/p/seed.runs"), RunFiles.folderFor(Path.of("/w/p/seed.coyotos")));
        assertEquals("20260102-030405-006-my_profile_",
                RunFiles.newRunName("my profile?", java.time.LocalDateTime.of(2026, 1, 2, 3, 4, 5, 6_000_000)));
    }
}
