package coyotos.studio.sim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.fixtures.SeedScenarios;
import coyotos.studio.sim.fixtures.SeedScenarios.HandlerConfig;
import coyotos.studio.sim.fixtures.SeedScenarios.Params;
import coyotos.studio.sim.image.Setup;
import coyotos.studio.sim.result.CostCategory;
import coyotos.studio.sim.result.ProcessResult;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.run.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reports: JSON, CSV, table")
class ReportsTest {
    private static final RunResult R = Simulation.run(SeedScenarios.build(HandlerConfig.EXTERNAL_OWN_SPACE,
            Params.defaults().withHeapPages(8), Setup.DEFAULT));

    /** Keys at nesting depth 1 of a JSON object (a tiny scanner; strings contain no braces here). */
    private static List<String> topLevelKeys(String json) {
        List<String> keys = new ArrayList<>();
        int depth = 0;
        Matcher m = Pattern.compile("\"([^\"]*)\"\\s*:|[{}\\[\\]]").matcher(json);
        while (m.find()) {
            String t = m.group();
            switch (t) {
                case "{", "[" -> depth++;
                case "}", "]" -> depth--;
                default -> {
                    if (depth == 1) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
    }

    @Test
    @DisplayName("JSON has exactly the agreed top-level keys, faults keys, and the digest")
    void jsonKeys() {
        String json = JsonReport.render(R);
        assertEquals(List.of("profile", "kernel", "totalCycles", "categories", "processes", "faults", "memory",
                "digest", "termination", "diagnosis"), topLevelKeys(json));
        assertTrue(json.contains("\"kernel\": \"coyotos-2007\""), json);
        assertTrue(json.contains("\"termination\": \"" + R.termination().name() + "\""), json);
        assertTrue(json.contains("\"faults\": {\"raised\": 8, \"delivered\": 8, \"resolved\": 8, \"fatal\": 0}"), json);
        assertTrue(json.contains("\"digest\": \"" + R.digestHex() + "\""));
        assertTrue(json.contains("{\"name\": \"worker0\", \"categories\": {\"USER\": "));
        assertTrue(json.contains("\"totalCycles\": " + R.totalCycles()));
    }

    @Test
    @DisplayName("The table labels what is a what-if: the activation handler with its design, eros-design, a hypothetical port")
    void whatIfsAreLabelled() {
        assertTrue(!TableReport.render(R).contains("what-if"), "an external handler on the 2007 kernel is no what-if");
        RunResult act = Simulation.run(SeedScenarios.build(HandlerConfig.ACTIVATION, Params.defaults().withHeapPages(2)
                .withDesign(coyotos.studio.sim.image.ActivationDesign.SEED_2007),
                Setup.DEFAULT.withKernel(coyotos.studio.sim.image.KernelVariant.EROS_DESIGN).withProfile("modern-pcid")));
        String t = TableReport.render(act);
        assertTrue(t.contains("activation handler (what-if, seed-2007) of 'worker0'"), t);
        assertTrue(t.contains("kernel variant eros-design") && t.contains("profile modern-pcid (hypothetical port"), t);
    }

    @Test
    @DisplayName("JSON strings are escaped")
    void jsonEscapes() {
        assertEquals("\"a\\\"b\\\\c\\n\\u0001\"", JsonReport.str("a\"b\\c\n\u0001"));
    }

    @Test
    @DisplayName("CSV has a header, one row per process and a system row that sums them")
    void csv() {
        String[] lines = CsvReport.render(R).split("\n");
        assertEquals(R.processes().size() + 2, lines.length);
        assertEquals("scope,id,name,USER,RING_TRANSITION,ADDRESS_SPACE_SWITCH,TLB_REFILL,PAGE_TABLE_BUILD,KERNEL_PATH,"
                + "IPC,HANDLER,total", lines[0]);
        // the system row names the profile and the kernel variant
        StringBuilder system = new StringBuilder("system,,pentium4 coyotos-2007");
        for (CostCategory c : CostCategory.values()) {
            system.append(',').append(R.categories().get(c));
        }
        assertEquals(system.append(',').append(R.totalCycles()).toString(), lines[lines.length - 1]);
        ProcessResult worker = R.process("worker0").orElseThrow();
        assertEquals("process," + worker.id() + ",worker0,", lines[1 + worker.index()].substring(0,
                ("process," + worker.id() + ",worker0,").length()));
        assertEquals("\"a,b\"", CsvReport.quote("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvReport.quote("say \"hi\""));
        // control characters are escaped (TerminalText) so a CSV printed to a terminal cannot drive it
        assertEquals("two\\x0d\\x0alines", CsvReport.quote("two\r\nlines"));
        assertEquals("", CsvReport.quote(null));
    }

    @Test
    @DisplayName("CSV from a saved run's figures is the same text as from the result")
    void csvFromFigures() {
        List<CsvReport.ProcessRow> rows = R.processes().stream()
                .map(p -> new CsvReport.ProcessRow(p.id(), p.name(), p.categories())).toList();
        assertEquals(CsvReport.render(R), CsvReport.render(CsvReport.systemName(R.profile(), R.kernel()), R.categories(), rows));
    }

    @Test
    @DisplayName("The table names every category and process")
    void table() {
        String t = TableReport.render(R);
        for (CostCategory c : CostCategory.values()) {
            assertTrue(t.contains(c.name()));
        }
        assertTrue(t.contains("worker0") && t.contains("pager0") && t.contains(R.digestHex()));
        assertTrue(t.contains("profile pentium4  kernel coyotos-2007"), t);
    }
}
