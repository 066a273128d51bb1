package coyotos.studio.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import coyotos.studio.model.CapRegister;
import coyotos.studio.model.Endpoint;
import coyotos.studio.model.EntryCapability;
import coyotos.studio.model.Process;

/**
 * The web client alone, in headless Chromium against the real server: it renders the example, a process made
 * from the palette and an entry capability drawn to an endpoint end up in the server's model.
 */
class ChromiumClientTest {

    static final Path SHOTS = Path.of("target/chromium").toAbsolutePath();

    @TempDir
    Path scratch;

    @BeforeAll
    static void chromiumIsThere() {
        ChromiumPage.checkInstalled();
    }

    @Test
    void theExampleRendersWithEveryProcessAndEndpoint() throws Exception {
        try (OpenModel open = new OpenModel(scratch, "seed-external-own-space")) {
            var outcome = ChromiumPage.run("render", DiagramKinds.PROCESS_LAYOUT, open.uri, null, SHOTS.resolve("render"));
            var content = coyotos.studio.diagram.internal.graph.ProcessLayoutContent.of(open.model);
            assertEquals(content.nodes().size(), outcome.result().get("nodes").getAsInt(), outcome.toString());
            assertEquals(content.edges().size(), outcome.result().get("edges").getAsInt(), outcome.toString());
            assertTrue(Files.size(SHOTS.resolve("render/rendered.png")) > 10_000, "a screenshot of a drawn diagram");
            // the server measured every label (no measuring pass in the page): each fits its node, centred
            assertEquals(0, outcome.result().get("labelsOutside").getAsInt(), outcome.toString());
            assertTrue(outcome.result().get("worstCentreOffset").getAsDouble() <= 1.0, outcome.toString());
        }
    }

    /** A click on a node's issue marker offers the quick fixes of its findings; choosing one changes the model. */
    @Test
    void aClickOnAnIssueMarkerOffersItsQuickFixes() throws Exception {
        try (OpenModel open = new OpenModel(scratch, "seed-external-own-space")) {
            Process app = (Process) open.model.byId(ProcessLayoutOperationsTest.APP);
            open.model.commandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(open.model.domain(), app,
                    coyotos.studio.model.CoyotosPackage.Literals.PROCESS__SCHEDULE,
                    org.eclipse.emf.edit.command.SetCommand.UNSET_VALUE));
            var outcome = ChromiumPage.run("quick-fix-from-marker", DiagramKinds.PROCESS_LAYOUT, open.uri, null,
                    SHOTS.resolve("quick-fix"), java.util.Map.of("marker", ProcessLayoutOperationsTest.APP));
            assertEquals(java.util.List.of("Quick fix: Schedule process 'app' with Schedule 'sched'"),
                    outcome.result().getAsJsonArray("offered").asList().stream().map(e -> e.getAsString()).toList(),
                    outcome.toString());
            assertEquals("sched", ((coyotos.studio.model.ScheduleCapability) app.getSchedule()).getTarget().getName(),
                    "the fix reached the model");
        }
    }

    @Test
    void aNodeFromThePaletteAndAnEdgeDrawnInThePageReachTheServersModel() throws Exception {
        try (OpenModel open = new OpenModel(scratch, "seed-external-own-space")) {
            var outcome = ChromiumPage.run("create-node-and-edge", DiagramKinds.PROCESS_LAYOUT, open.uri, null,
                    SHOTS.resolve("create-node-and-edge"));
            String nodeId = outcome.result().get("newNode").getAsString();
            String edgeId = outcome.result().get("newEdge").getAsString();
            Process created = (Process) open.model.byId(nodeId);
            assertTrue(created != null, "the new node is a process in the model: " + outcome);
            CapRegister register = (CapRegister) open.model.byId(edgeId);
            assertEquals(created, register.eContainer(), "the entry capability is held by the new process");
            assertTrue(((EntryCapability) register.getCap()).getTarget() instanceof Endpoint);
            assertTrue(open.model.commandStack().isSaveNeeded());
        }
    }
}
