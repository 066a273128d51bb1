package coyotos.studio.sim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.model.io.ModelLoader;
import coyotos.studio.model.validation.Finding;
import coyotos.studio.model.validation.RuleEngine;
import coyotos.studio.sim.image.Setup;
import coyotos.studio.sim.result.ProcessResult;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.sim.result.Termination;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crafted models under testfiles/hostile, each the input that found a problem, through the loader, the validator
 * and {@link ModelSimulation} (the run path of the CLI and the IDE). The CLI's tests run the same files.
 */
@DisplayName("Hostile models: runs end, profiles are refused rather than misread, receivers are what they say")
class HostileModelsTest {
    static final File DIR = new File("testfiles/hostile");

    static ModelLoader.Result load(String name) {
        ModelLoader.Result r = new ModelLoader().load(new File(DIR, name + ".coyotos"));
        assertFalse(r.hasErrors(), name + ": " + r.diagnostics());
        return r;
    }

    static Translation translate(String name) {
        return ModelSimulation.translate(load(name).system(), SimulationOverrides.NONE);
    }

    static List<String> ruleIds(String name) {
        return RuleEngine.INSTANCE.check(load(name).system()).stream().map(Finding::ruleId).toList();
    }

    static RunResult run(String name) {
        ModelRun r = ModelSimulation.run(load(name).system(), SimulationOverrides.NONE, null, null);
        assertTrue(r.ran(), name + ": " + r.problems());
        return r.result();
    }

    @Test
    @DisplayName("Nested loops of 2^31-1 empty iterations end at the step limit, naming the process")
    void endlessEmptyLoops() {
        RunResult r = run("endless-empty-loops");
        assertEquals(Termination.STEP_LIMIT, r.termination());
        assertTrue(r.diagnosis().contains("'spinner' spent most of them: 40,000 of 40,000 steps"), r.diagnosis());
    }

    @Test
    @DisplayName("An endless loop around a zero-length touch ends at the step limit")
    void endlessEmptyTouch() {
        assertEquals(Termination.STEP_LIMIT, run("endless-empty-touch").termination());
    }

    @Test
    @DisplayName("A server touching 3 GiB per message stops at the event limit inside the message, blamed by name")
    void serverTouching3GiB() {
        RunResult r = run("server-touches-3gib");
        assertEquals(Termination.EVENT_LIMIT, r.termination());
        assertEquals(1_000_001, r.events());
        assertTrue(r.diagnosis().contains("while server 'server' was doing its per-message work"), r.diagnosis());
        ProcessResult server = r.process("server").orElseThrow();
        assertTrue(server.categories().total() > 100 * r.process("client").orElseThrow().categories().total());
    }

    @Test
    @DisplayName("A CR3 cost beyond an int is refused by COY-PROFILE-RANGE and by the translation, never cast to -1000")
    void cr3BeyondInt() {
        assertTrue(ruleIds("profile-cr3-beyond-int").contains("COY-PROFILE-RANGE"));
        Translation t = translate("profile-cr3-beyond-int");
        assertTrue(t.hasErrors());
        assertNull(t.customProfile());
        assertTrue(t.errors().get(0).message().startsWith("cr3LoadCycles 4294966296 is outside 0..1000000000"),
                t.errors().toString());
    }

    @Test
    @DisplayName("A TLB of 2^31-1 entries is refused before any array is made")
    void hugeTlb() {
        assertTrue(ruleIds("profile-huge-tlb").contains("COY-PROFILE-RANGE"));
        assertTrue(translate("profile-huge-tlb").errors().get(0).message().startsWith("tlbEntries 2147483647 is outside"));
    }

    @Test
    @DisplayName("Negative costs are refused by COY-PROFILE-NEGATIVE, once per value")
    void negativeCosts() {
        assertEquals(2, ruleIds("profile-negative").stream().filter("COY-PROFILE-NEGATIVE"::equals).count());
        assertEquals(2, translate("profile-negative").errors().size());
    }

    @Test
    @DisplayName("A custom profile named like a built-in is refused, not silently shadowing it")
    void profileNamedLikeABuiltIn() {
        Translation t = translate("profile-named-builtin");
        assertEquals(1, t.errors().size(), t.problems().toString());
        assertTrue(t.errors().get(0).message().contains("'p4-2007' like a built-in CPU profile"), t.errors().toString());
    }

    @Test
    @DisplayName("1,000 TLB entries over the base profile's ways (not a power-of-two multiple): sets by modulo, a run as "
            + "fast as a built-in's, the same digest twice")
    void oddTlbGeometry() {
        Translation t = translate("profile-odd-tlb");
        assertFalse(t.hasErrors(), t.problems().toString());
        assertEquals(1000, t.customProfile().tlbEntries());
        // the model has no associativity: the base profile's (pentium4, 64-way) is kept, and 1000 is no multiple of it
        assertEquals(coyotos.studio.sim.machine.CpuProfiles.PENTIUM4.tlbWays(), t.customProfile().tlbWays());
        assertTrue(1000 % t.customProfile().tlbWays() != 0);
        RunResult a = run("profile-odd-tlb");
        assertEquals(Termination.EVENT_LIMIT, a.termination(), "20,000 passes over two pages exceed a million events");
        assertEquals(a.digest(), run("profile-odd-tlb").digest());
    }

    @Test
    @DisplayName("A model without <simulation> gets the limits of an empty <simulation/>")
    void missingSimulationElement() {
        Setup none = translate("no-simulation-element").image().setup();
        Setup empty = translate("empty-simulation-element").image().setup();
        assertEquals(empty, none);
        assertEquals(1_000_000_000L, none.maxCycles());
        assertEquals(1_000_000L, none.maxEvents());
    }

    @Test
    @DisplayName("Work before a Receive is an error of the rule and of the translation, not a silent server")
    void receiveMixedWithOtherWork() {
        assertTrue(ruleIds("receive-mixed").contains("COY-WORKLOAD-RECEIVE-MIXED"));
        Translation t = translate("receive-mixed");
        assertTrue(t.errors().stream().anyMatch(p -> p.message().contains("has steps before its Receive")), t.errors().toString());
    }

    @Test
    @DisplayName("A 0-byte activation stack is an error of COY-ACTIVATION-STACK and of the translation")
    void zeroByteActivationStack() {
        assertTrue(ruleIds("activation-stack-zero").contains("COY-ACTIVATION-STACK"));
        Translation t = translate("activation-stack-zero");
        assertTrue(t.errors().stream().anyMatch(p -> p.message().startsWith("the activation stack is 0 bytes")),
                t.errors().toString());
    }

    @Test
    @DisplayName("An activation stack in unmapped memory is an error of COY-ACTIVATION-STACK-UNMAPPED")
    void unmappedActivationStack() {
        assertTrue(ruleIds("activation-stack-unmapped").contains("COY-ACTIVATION-STACK-UNMAPPED"));
    }

    /** The no-simulation model with its touch inside {@code depth} loops of one iteration. */
    static String nested(int depth) throws IOException {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            open.append("<steps xsi:type=\"coyotos:Loop\" xmi:id=\"l").append(i).append("\" count=\"1\">\n");
            close.append("</steps>\n");
        }
        return Files.readString(new File(DIR, "no-simulation-element.coyotos").toPath()).replace(
                "      <steps xsi:type=\"coyotos:Touch\" xmi:id=\"t1\" start=\"4096\" length=\"4096\"/>\n",
                open + "<steps xsi:type=\"coyotos:Touch\" xmi:id=\"t1\" start=\"4096\" length=\"4096\"/>\n" + close);
    }

    @Test
    @DisplayName("Loops nested 90 deep in a file load and run; 150 deep is refused by the parser in plain words")
    void nestedLoopsInAFile(@TempDir Path dir) throws IOException {
        Path ok = Files.writeString(dir.resolve("deep.coyotos"), nested(90));
        ModelLoader.Result loaded = new ModelLoader().load(ok.toFile());
        assertFalse(loaded.hasErrors(), loaded.diagnostics().toString());
        ModelRun r = ModelSimulation.run(loaded.system(), SimulationOverrides.NONE, null, null);
        assertEquals(Termination.COMPLETED, r.result().termination(), r.result().diagnosis());

        Path tooDeep = Files.writeString(dir.resolve("deeper.coyotos"), nested(150));
        ModelLoader.Result refused = new ModelLoader().load(tooDeep.toFile());
        assertEquals(1, refused.diagnostics().size(), refused.diagnostics().toString());
        assertTrue(refused.diagnostics().get(0).line() > 100);
        assertTrue(refused.diagnostics().get(0).message().startsWith("The file nests elements deeper than the XML parser "
                + "allows (The element \"steps\" has a depth of"), refused.diagnostics().get(0).message());
    }

    @Test
    @DisplayName("Loops nested 5,000 deep (built in memory, as an editor could) validate, translate and run without recursion")
    void deeplyNestedLoopsInMemory() throws IOException {
        ModelLoader.Result loaded = load("no-simulation-element");
        coyotos.studio.model.Workload w = ((coyotos.studio.model.Process) loaded.system().eResource().getEObject("p"))
                .getWorkload();
        coyotos.studio.model.Step inner = w.getSteps().remove(0);
        for (int i = 0; i < 5_000; i++) {
            coyotos.studio.model.Loop l = coyotos.studio.model.CoyotosFactory.eINSTANCE.createLoop();
            l.setCount(1);
            l.getSteps().add(inner);
            inner = l;
        }
        w.getSteps().add(inner);
        List<Finding> findings = RuleEngine.INSTANCE.check(loaded.system());
        assertTrue(findings.stream().noneMatch(x -> x.message().contains("could not complete")), findings.toString());
        ModelRun r = ModelSimulation.run(loaded.system(), SimulationOverrides.NONE, null, null);
        assertNotNull(r.result(), r.problems().toString());
        assertEquals(Termination.COMPLETED, r.result().termination(), r.result().diagnosis());
        String label = coyotos.studio.model.validation.Labels.of(loaded.system().eResource().getEObject("t1"));
        assertTrue(label.startsWith("Touch (steps) of Loop (steps) of Loop (steps) of ... (4,997 levels) ... of "), label);
        assertTrue(label.endsWith("Workload (workload) of process 'worker'"), label);
    }
}
