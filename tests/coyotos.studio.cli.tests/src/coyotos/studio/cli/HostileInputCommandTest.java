package coyotos.studio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.cli.SimulateCommandTest.Outcome;
import coyotos.studio.sim.model.OutOfCapacity;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crafted files of the loader's and the simulator's tests, through the command: bad input is exit 2 with one
 * plain message and its line; a run that happened is exit 0 however it ended, and its report says how.
 */
@DisplayName("simulate on hostile input: clear messages, runs that end, labels that say how")
class HostileInputCommandTest {
    static final String LOADER = "../coyotos.studio.model.tests/testfiles/hostile/";
    static final String MODELS = "../coyotos.studio.sim.model.tests/testfiles/hostile/";

    static Outcome run(String... args) {
        Outcome o = SimulateCommandTest.run(args);
        assertFalse(o.err().contains("\tat ") || o.err().matches("(?s).*\\b[a-z]+\\.[a-z.]+\\.[A-Z]\\w*(Exception|Error)\\b.*"),
                "no stack trace or Java class name: " + o.err());
        return o;
    }

    static String json(Outcome o, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": \"((?:[^\"\\\\]|\\\\.)*)\"").matcher(o.out());
        assertTrue(m.find(), key + " missing in " + o.out());
        return m.group(1);
    }

    @Test
    void devNullIsNotAFile() {
        Outcome o = run("/dev/null");
        assertEquals(2, o.code());
        assertEquals("simulate: /dev/null: not a regular file (a device, pipe or socket), so it holds no model.\n", o.err());
    }

    @Test
    void loadErrorsComeOnceWithTheirLine() {
        for (String[] c : new String[][] {{"duplicate-ids", ":6:", "is used twice"},
                {"wrong-type-reference", ":8:", "but it must name a Gpt"}, {"remote-reference", ":7:", "is refused"},
                {"bad-encoding", ":4:", "is not valid UTF-8 text"}}) {
            Outcome o = run(LOADER + c[0] + ".coyotos");
            assertEquals(2, o.code(), o.err());
            String[] lines = o.err().split("\n");
            assertEquals(2, lines.length, o.err());
            assertTrue(lines[1].contains(c[0] + ".coyotos" + c[1]) && lines[1].contains(c[2]), o.err());
        }
    }

    @Test
    @DisplayName("Endless empty loops: exit 0, the JSON says STEP_LIMIT and why")
    void endlessLoopsEndAndSaySo() {
        Outcome o = run(MODELS + "endless-empty-loops.coyotos", "--format", "json");
        assertEquals(0, o.code(), o.err());
        assertEquals("STEP_LIMIT", json(o, "termination"));
        assertTrue(json(o, "diagnosis").contains("'spinner' spent most of them"), o.out());
        assertTrue(o.err().contains("note: STEP_LIMIT: the run reached its limit of 40,000 steps"), o.err());
    }

    @Test
    @DisplayName("A server reading 3 GiB per message stops at the event limit; the table says how the run ended")
    void longServerWork() {
        Outcome o = run(MODELS + "server-touches-3gib.coyotos");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("ended: EVENT_LIMIT (stopped at the event limit)"), o.out());
        assertTrue(o.out().contains("while server 'server' was doing its per-message work"), o.out());
    }

    @Test
    @DisplayName("A TLB of 2^31-1 entries is refused by a rule, and still refused with --force: no out-of-memory")
    void impossibleTlb() {
        Outcome o = run(MODELS + "profile-huge-tlb.coyotos");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("[COY-PROFILE-RANGE] tlbEntries of CpuProfile 'mine' is 2,147,483,647"), o.err());
        Outcome forced = run(MODELS + "profile-huge-tlb.coyotos", "--force");
        assertEquals(2, forced.code());
        assertTrue(forced.err().contains("cannot be simulated as it is"), forced.err());
    }

    @Test
    @DisplayName("A custom profile named like a built-in is refused with a message")
    void profileShadowingABuiltIn() {
        Outcome o = run(MODELS + "profile-named-builtin.coyotos");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("is named 'p4-2007' like a built-in CPU profile"), o.err());
    }

    @Test
    @DisplayName("The model's own profile is accepted by --profile, as in the launch configuration")
    void ownProfileByName() {
        Outcome o = run(MODELS + "profile-odd-tlb.coyotos", "--profile", "mine", "--max-events", "1000", "--format", "json");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("\"profile\": \"mine\""), o.out());
        assertEquals("EVENT_LIMIT", json(o, "termination"));
    }

    @Test
    @DisplayName("Escape sequences and C1 controls in names are shown escaped in the table and in warnings")
    void namesCannotDriveTheTerminal() {
        Outcome o = run(MODELS + "escape-names.coyotos");
        assertEquals(0, o.code(), o.err());
        for (String s : new String[] {o.out(), o.err()}) {
            assertFalse(s.chars().anyMatch(c -> c == 0x1b || (c >= 0x80 && c <= 0x9f)), "raw control in " + s);
        }
        assertTrue(o.out().contains("evil\\x1b[2J\\x9b31mname"), o.out());
        assertTrue(o.err().contains("process 'evil\\x1b[2J\\x9b31mname'"), o.err());
    }

    @Test
    @DisplayName("--seed 010 is ten, not octal eight")
    void seedIsDecimal() {
        Outcome o = run(MODELS + "no-simulation-element.coyotos", "--seed", "010");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("image no-simulation-element  profile pentium4  kernel coyotos-2007  seed 10  COMPLETED"),
                o.out());
        assertEquals(2, run(MODELS + "no-simulation-element.coyotos", "--max-events", "0").code());
        assertTrue(run(MODELS + "no-simulation-element.coyotos", "--seed", "0o7").err()
                .startsWith("simulate: --seed '0o7' is not a whole number"));
    }

    @Test
    @DisplayName("Repeated warnings stop after ten, with a count of the rest")
    void warningsAreCapped(@TempDir Path dir) throws IOException {
        String model = Files.readString(new File(MODELS + "no-simulation-element.coyotos").toPath());
        StringBuilder more = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            more.append("  <objects xsi:type=\"coyotos:Process\" xmi:id=\"q").append(i).append("\" name=\"q").append(i)
                    .append("\" faultInfo=\"0\">\n    <addressSpace xsi:type=\"coyotos:GptCapability\" xmi:id=\"qa")
                    .append(i).append("\" l2g=\"16\" target=\"#space\"/>\n    <schedule xsi:type=\"coyotos:ScheduleCapability\"")
                    .append(" xmi:id=\"qs").append(i).append("\" target=\"#sched\"/>\n    <workload xmi:id=\"qw").append(i)
                    .append("\"><steps xsi:type=\"coyotos:Compute\" xmi:id=\"qc").append(i)
                    .append("\" cycles=\"10\"/></workload>\n  </objects>\n");
        }
        Path f = Files.writeString(dir.resolve("many.coyotos"), model.replace("</coyotos:CoyotosSystem>", more
                + "</coyotos:CoyotosSystem>"));
        Outcome o = run(f.toString());
        assertEquals(0, o.code(), o.err());
        assertEquals(10, o.err().lines().filter(l -> l.contains("[COY-FAULT-PATH-NO-HANDLER]")).count(), o.err());
        assertTrue(o.err().contains("  ... and 21 more warnings of COY-FAULT-PATH-NO-HANDLER"), o.err());
    }

    @Test
    @DisplayName("A forced run whose processes die is not COMPLETED: a cyclic space ends HALTED, exit 0")
    void diedIsNotCompleted(@TempDir Path dir) throws IOException {
        String model = Files.readString(new File(MODELS + "no-simulation-element.coyotos").toPath())
                // 0x1000 selects slot 1, then slot 0 for ever: the walk never reaches a page (§4.3.3)
                .replace("xsi:type=\"coyotos:PageCapability\" xmi:id=\"c0\" target=\"#code\"",
                        "xsi:type=\"coyotos:GptCapability\" xmi:id=\"c0\" target=\"#space\"")
                .replace("xsi:type=\"coyotos:PageCapability\" xmi:id=\"c1\" target=\"#data\"",
                        "xsi:type=\"coyotos:GptCapability\" xmi:id=\"c1\" target=\"#space\"");
        Path f = Files.writeString(dir.resolve("cyclic.coyotos"), model);
        assertEquals(2, run(f.toString()).code(), "COY-GPT-CYCLE refuses it without --force");
        Outcome o = run(f.toString(), "--force", "--format", "json");
        assertEquals(0, o.code(), o.err());
        assertEquals("HALTED", json(o, "termination"));
        // the fault code of a cyclic walk is the kernel's business (GptWalk); here it matters that the run says it died
        assertTrue(json(o, "diagnosis").startsWith("HALTED: process 'worker' halted on "), o.out());
    }

    @Test
    @DisplayName("Out of memory and stack overflow are told as what was too big")
    void capacityMessages() {
        assertTrue(OutOfCapacity.message(new OutOfMemoryError(), "loading big.coyotos (41.2 MB)")
                .startsWith("ran out of memory while loading big.coyotos (41.2 MB): that is more than the Java heap holds ("));
        assertTrue(OutOfCapacity.message(new StackOverflowError(), "validating deep.coyotos")
                .startsWith("ran out of stack while validating deep.coyotos: something in the model is nested too deeply"));
    }
}
