package coyotos.studio.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.Process;
import coyotos.studio.model.ScheduleCapability;

/**
 * The diagram offers the quick fixes of the findings on an element in its command palette (what a click on the
 * element's issue marker opens), the same fixes Problems offers; choosing one changes the model as one command
 * on the editor's stack, which Undo takes back.
 */
class QuickFixTest extends OpenDiagramTest {

    static final String APP = ProcessLayoutOperationsTest.APP;

    @Override
    String diagramType() {
        return DiagramKinds.PROCESS_LAYOUT;
    }

    @Test
    void theFixesOfAFindingAreOfferedOnItsElementAndApplyAsOneUndoableCommand() throws Exception {
        Process app = (Process) open.model.byId(APP);
        int models = page.modelCount();
        // what the tree page would do: take the schedule away (spec §3.1.1: the process never runs)
        open.model.commandStack().execute(SetCommand.create(open.model.domain(), app,
                CoyotosPackage.Literals.PROCESS__SCHEDULE, SetCommand.UNSET_VALUE));
        page.awaitModels(models + 1);
        String broken = open.text();

        List<JsonObject> offered = palette(APP);
        assertEquals(List.of("Quick fix: Schedule process 'app' with Schedule 'sched'"),
                offered.stream().map(a -> a.get("label").getAsString()).toList());
        assertEquals(List.of(), palette(ProcessLayoutOperationsTest.PAGER), "the pager breaks no rule with a fix");

        JsonObject apply = offered.get(0).getAsJsonArray("actions").get(0).getAsJsonObject();
        assertEquals("coyotosApplyQuickFix", apply.get("kind").getAsString());
        page.operate(apply.toString());
        assertEquals("sched", ((ScheduleCapability) app.getSchedule()).getTarget().getName());
        assertTrue(open.model.commandStack().getUndoCommand().getLabel().startsWith("Schedule process 'app'"),
                "Edit > Undo names the fix");
        assertEquals(List.of(), palette(APP), "nothing left to fix");

        page.operate("{\"kind\":\"glspUndo\"}");
        assertEquals(broken, open.text(), "undo takes the fix back");
    }

    /**
     * The model the server sends marks each drawn element with exactly the findings placed on it, as an issue
     * marker child (one issue per finding, its message led by the rule id) and the worst severity as CSS class:
     * a process without a schedule gets the schedule rule (spec §3.1.1), an error; the pager keeps only its own
     * finding (it has no fault handler), none of the app's. No SetMarkersAction follows: the page draws the
     * model once, markers and all.
     */
    @Test
    void theModelCarriesTheFindingsOfEachElementAsItsIssueMarker() {
        Process app = (Process) open.model.byId(APP);
        int models = page.modelCount();
        open.model.commandStack().execute(SetCommand.create(open.model.domain(), app,
                CoyotosPackage.Literals.PROCESS__SCHEDULE, SetCommand.UNSET_VALUE));
        page.awaitModels(models + 1);
        JsonObject appNode = element(page.lastModel(), APP);
        assertEquals(List.of("COY-PROCESS-SCHEDULE"), ruleIds(appNode));
        assertEquals(List.of("error"), severities(appNode));
        assertEquals(List.of("error"), appNode.getAsJsonArray("cssClasses").asList().stream()
                .map(JsonElement::getAsString).toList());
        assertEquals(List.of("COY-FAULT-PATH-NO-HANDLER"), ruleIds(element(page.lastModel(),
                ProcessLayoutOperationsTest.PAGER)));
        assertEquals(0, page.count("setMarkers"), "markers travel in the model, not in a message of their own");
    }

    private static JsonObject element(JsonObject root, String id) {
        return root.getAsJsonArray("children").asList().stream().map(JsonElement::getAsJsonObject)
                .filter(e -> id.equals(e.get("id").getAsString())).findFirst().orElseThrow();
    }

    private static List<JsonObject> issues(JsonObject element) {
        JsonObject marker = element.getAsJsonArray("children").asList().stream().map(JsonElement::getAsJsonObject)
                .filter(c -> "marker".equals(c.get("type").getAsString())).findFirst().orElseThrow();
        assertEquals(element.get("id").getAsString() + "_marker", marker.get("id").getAsString());
        return marker.getAsJsonArray("issues").asList().stream().map(JsonElement::getAsJsonObject).toList();
    }

    private static List<String> ruleIds(JsonObject element) {
        return issues(element).stream().map(i -> i.get("message").getAsString())
                .map(m -> m.substring(1, m.indexOf(']'))).toList();
    }

    private static List<String> severities(JsonObject element) {
        return issues(element).stream().map(i -> i.get("severity").getAsString()).toList();
    }

    /** What the command palette lists for the selected element, as the page asks for it. */
    private List<JsonObject> palette(String selectedId) {
        String requestId = "palette-" + System.nanoTime();
        page.dispatch("{\"kind\":\"requestContextActions\",\"requestId\":\"" + requestId + "\",\"contextId\":"
                + "\"command-palette\",\"editorContext\":{\"selectedElementIds\":[\"" + selectedId + "\"],"
                + "\"args\":{\"text\":\"\",\"index\":0}}}");
        page.await("setContextActions", a -> requestId.equals(a.get("responseId").getAsString()));
        JsonObject answer = page.actions("setContextActions").stream()
                .filter(a -> requestId.equals(a.get("responseId").getAsString())).findFirst().orElseThrow();
        return answer.getAsJsonArray("actions").asList().stream().map(JsonElement::getAsJsonObject)
                .filter(a -> a.get("label").getAsString().startsWith("Quick fix: ")).toList();
    }
}
