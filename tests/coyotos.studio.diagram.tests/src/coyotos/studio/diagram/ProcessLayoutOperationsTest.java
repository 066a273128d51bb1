package coyotos.studio.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import coyotos.studio.diagram.layout.Bounds;
import coyotos.studio.diagram.layout.DiagramLayout;
import coyotos.studio.diagram.layout.LayoutFile;
import coyotos.studio.model.CapRegister;
import coyotos.studio.model.Endpoint;
import coyotos.studio.model.EntryCapability;
import coyotos.studio.model.KernelObject;
import coyotos.studio.model.Process;
import coyotos.studio.model.ProcessCapability;

/**
 * Every operation of the process layout, sent as the page sends it to the real GLSP server: the model changes
 * as the user meant, and undo gives back exactly the model (and layout) from before.
 */
class ProcessLayoutOperationsTest extends OpenDiagramTest {

    static final String APP = "_qJ00iukBEfGH9NU5fUPhNA";
    static final String PAGER = "_qJ00m-kBEfGH9NU5fUPhNA";
    static final String PAGER_EP = "_qJ00p-kBEfGH9NU5fUPhNA";
    static final String APP_SPACE = "_qJ00cekBEfGH9NU5fUPhNA";

    @Override
    String diagramType() {
        return DiagramKinds.PROCESS_LAYOUT;
    }

    private <T extends KernelObject> List<T> objects(Class<T> type) {
        return open.model.system().getObjects().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private void undoRestoresTheModel() throws Exception {
        page.operate("{\"kind\":\"glspUndo\"}");
        assertEquals(before, open.text(), "undo must give back the model as it was");
    }

    @Test
    void theDiagramShowsProcessesEndpointsSpaceRootsAndTheirCapabilities() {
        var graph = page.lastModel();
        var children = graph.getAsJsonArray("children");
        long processes = children.asList().stream()
                .filter(c -> c.getAsJsonObject().get("type").getAsString().equals(DiagramKinds.PROCESS)).count();
        assertEquals(2, processes);
        assertTrue(children.toString().contains("\"type\":\"edge:handler\""), children.toString());
        assertTrue(children.toString().contains("\"type\":\"edge:space\""));
        assertTrue(children.toString().contains("\"type\":\"edge:recipient\""));
        assertFalse(children.toString().contains("app-low"), "a GPT inside a tree is not a space root");
    }

    @Test
    void creatingAProcessAddsItWhereTheUserClickedAndUndoRemovesIt() throws Exception {
        page.operate("{\"kind\":\"createNode\",\"elementTypeId\":\"node:process\",\"location\":{\"x\":420,\"y\":310},"
                + "\"isOperation\":true}");
        List<Process> processes = objects(Process.class);
        assertEquals(3, processes.size());
        Process created = processes.get(2);
        assertEquals("process-1", created.getName());
        String id = open.model.idOf(created);
        Bounds at = open.model.layout().get(DiagramKinds.PROCESS_LAYOUT, id);
        assertEquals(420, at.x());
        assertEquals(310, at.y());
        assertTrue(page.lastModel().toString().contains(id), "the new node is in the diagram the page gets");
        undoRestoresTheModel();
        assertNull(open.model.layout().get(DiagramKinds.PROCESS_LAYOUT, id));
    }

    @Test
    void creatingAnEndpointGivesItAFreshEndpointId() throws Exception {
        long highest = objects(Endpoint.class).stream().mapToLong(Endpoint::getEndpointId).max().orElse(0);
        page.operate("{\"kind\":\"createNode\",\"elementTypeId\":\"node:endpoint\",\"location\":{\"x\":10,\"y\":10}}");
        Endpoint created = objects(Endpoint.class).get(objects(Endpoint.class).size() - 1);
        assertEquals(highest + 1, created.getEndpointId());
        undoRestoresTheModel();
    }

    @Test
    void anEntryEdgeFillsTheFirstFreeCapabilityRegister() throws Exception {
        page.operate("{\"kind\":\"createEdge\",\"elementTypeId\":\"edge:entry\",\"sourceElementId\":\"" + APP
                + "\",\"targetElementId\":\"" + PAGER_EP + "\"}");
        Process app = (Process) open.model.byId(APP);
        CapRegister added = app.getRegisters().get(app.getRegisters().size() - 1);
        assertEquals(4, added.getIndex(), "registers 1-3 are taken in the seed example");
        assertEquals(open.model.byId(PAGER_EP), ((EntryCapability) added.getCap()).getTarget());
        undoRestoresTheModel();
    }

    @Test
    void aHandlerEdgeToAProcessMakesAProcessCapability() throws Exception {
        page.operate("{\"kind\":\"createEdge\",\"elementTypeId\":\"edge:handler\",\"sourceElementId\":\"" + APP
                + "\",\"targetElementId\":\"" + PAGER + "\"}");
        Process app = (Process) open.model.byId(APP);
        assertEquals(open.model.byId(PAGER), ((ProcessCapability) app.getHandler()).getTarget());
        undoRestoresTheModel();
    }

    @Test
    void anAddressSpaceRootFromThePaletteIsAGptTheProcessCanBeGiven() throws Exception {
        page.operate("{\"kind\":\"createNode\",\"elementTypeId\":\"node:space\",\"location\":{\"x\":9,\"y\":9}}");
        var system = open.model.system();
        var gpt = (coyotos.studio.model.Gpt) system.getObjects().get(system.getObjects().size() - 1);
        String gptId = open.model.idOf(gpt);
        assertTrue(page.lastModel().toString().contains("\"type\":\"node:space\",\"id\":\"" + gptId)
                || page.lastModel().toString().contains(gptId), "drawn as a space root");
        page.operate("{\"kind\":\"createEdge\",\"elementTypeId\":\"edge:space\",\"sourceElementId\":\"" + PAGER
                + "\",\"targetElementId\":\"" + gptId + "\"}");
        var cap = (coyotos.studio.model.GptCapability) ((Process) open.model.byId(PAGER)).getAddressSpace();
        assertEquals(gpt, cap.getTarget(), "§2.4: the process's address space capability names the new GPT");
        page.operate("{\"kind\":\"glspUndo\"}");
        undoRestoresTheModel();
    }

    @Test
    void aRecipientEdgeFromAnEndpointSetsItsRecipient() throws Exception {
        page.operate("{\"kind\":\"createEdge\",\"elementTypeId\":\"edge:recipient\",\"sourceElementId\":\""
                + PAGER_EP + "\",\"targetElementId\":\"" + APP + "\"}");
        assertEquals(open.model.byId(APP), ((Endpoint) open.model.byId(PAGER_EP)).getRecipient());
        undoRestoresTheModel();
    }

    @Test
    void deletingAnEntryEdgeRemovesItsRegisterOnly() throws Exception {
        Process app = (Process) open.model.byId(APP);
        int registers = app.getRegisters().size();
        page.operate("{\"kind\":\"createEdge\",\"elementTypeId\":\"edge:entry\",\"sourceElementId\":\"" + APP
                + "\",\"targetElementId\":\"" + PAGER_EP + "\"}");
        CapRegister entry = app.getRegisters().get(app.getRegisters().size() - 1);
        page.operate("{\"kind\":\"deleteElement\",\"elementIds\":[\"" + open.model.idOf(entry) + "\"]}");
        assertEquals(registers, app.getRegisters().size());
        assertNotNull(open.model.byId(PAGER_EP), "the endpoint stays");
        page.operate("{\"kind\":\"glspUndo\"}");
        undoRestoresTheModel();
    }

    @Test
    void aRecipientEdgeFromAProcessIsRefused() throws Exception {
        page.dispatch("{\"kind\":\"createEdge\",\"elementTypeId\":\"edge:recipient\",\"sourceElementId\":\"" + APP
                + "\",\"targetElementId\":\"" + PAGER + "\"}");
        // a refused edge changes nothing; a following operation shows the server went on
        page.operate("{\"kind\":\"changeBounds\",\"newBounds\":[{\"elementId\":\"" + APP
                + "\",\"newPosition\":{\"x\":5,\"y\":6},\"newSize\":{\"width\":170,\"height\":64}}]}");
        assertEquals(before, open.text());
    }

    @Test
    void deletingAProcessClearsTheCapabilitiesThatDesignatedIt() throws Exception {
        page.operate("{\"kind\":\"deleteElement\",\"elementIds\":[\"" + PAGER + "\"]}");
        assertNull(open.model.byId(PAGER));
        assertEquals(1, objects(Process.class).size());
        assertTrue(objects(Endpoint.class).stream().allMatch(e -> e.getRecipient() == null
                || !"pager".equals(e.getRecipient().getName())));
        undoRestoresTheModel();
        assertNotNull(open.model.byId(PAGER));
    }

    @Test
    void deletingARecipientEdgeClearsTheRecipientOnly() throws Exception {
        page.operate("{\"kind\":\"deleteElement\",\"elementIds\":[\"" + PAGER_EP + "#recipient\"]}");
        assertNull(((Endpoint) open.model.byId(PAGER_EP)).getRecipient());
        assertNotNull(open.model.byId(PAGER));
        undoRestoresTheModel();
    }

    @Test
    void movingANodeChangesOnlyTheLayoutAndUndoMovesItBack() throws Exception {
        Bounds old = open.model.layout().get(DiagramKinds.PROCESS_LAYOUT, APP);
        page.operate("{\"kind\":\"changeBounds\",\"newBounds\":[{\"elementId\":\"" + APP
                + "\",\"newPosition\":{\"x\":700,\"y\":80},\"newSize\":{\"width\":220,\"height\":90}}]}");
        assertEquals(new Bounds(700, 80, 220, 90), open.model.layout().get(DiagramKinds.PROCESS_LAYOUT, APP));
        assertEquals(before, open.text());
        assertTrue(open.model.commandStack().isSaveNeeded(), "a move makes the editor dirty");
        undoRestoresTheModel();
        assertEquals(old, open.model.layout().get(DiagramKinds.PROCESS_LAYOUT, APP));
    }

    @Test
    void editingANameLabelRenamesTheProcess() throws Exception {
        page.operate("{\"kind\":\"applyLabelEdit\",\"labelId\":\"" + APP + "_name\",\"text\":\"client\"}");
        assertEquals("client", ((Process) open.model.byId(APP)).getName());
        undoRestoresTheModel();
        page.operate("{\"kind\":\"glspRedo\"}");
        assertEquals("client", ((Process) open.model.byId(APP)).getName(), "redo renames it again");
    }

    @Test
    void layoutPlacesEveryNodeAgainAsOneUndoableStep() throws Exception {
        DiagramLayout layout = open.model.layout();
        layout.put(DiagramKinds.PROCESS_LAYOUT, APP, new Bounds(5000, 5000, 170, 64));
        page.operate("{\"kind\":\"layout\",\"isOperation\":true}");
        assertNotEquals(5000, layout.get(DiagramKinds.PROCESS_LAYOUT, APP).x());
        page.operate("{\"kind\":\"glspUndo\"}");
        assertEquals(5000, layout.get(DiagramKinds.PROCESS_LAYOUT, APP).x());
    }

    @Test
    void saveWritesTheModelAndTheLayoutBesideIt() throws Exception {
        page.operate("{\"kind\":\"changeBounds\",\"newBounds\":[{\"elementId\":\"" + APP
                + "\",\"newPosition\":{\"x\":123,\"y\":45},\"newSize\":{\"width\":170,\"height\":64}}]}");
        page.dispatch("{\"kind\":\"saveModel\"}");
        page.await("setDirtyState", a -> a.has("reason") && "save".equals(a.get("reason").getAsString()));
        assertFalse(open.model.commandStack().isSaveNeeded());
        Path layoutFile = LayoutFile.beside(open.file);
        assertTrue(Files.exists(layoutFile));
        assertEquals(new Bounds(123, 45, 170, 64), LayoutFile.read(layoutFile).get(DiagramKinds.PROCESS_LAYOUT, APP));
        assertTrue(Files.readString(open.file).contains("name=\"app\""));
        assertFalse(Files.readString(open.file).contains("123"), "positions stay out of the model file");
    }

    @Test
    void aChangeMadeOutsideTheDiagramReachesThePage() throws Exception {
        int models = page.modelCount();
        Process app = (Process) open.model.byId(APP);
        open.model.commandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(open.model.domain(), app,
                coyotos.studio.model.CoyotosPackage.Literals.NAMED_ELEMENT__NAME, "renamed-in-the-tree"));
        page.awaitModels(models + 1);
        assertTrue(page.lastModel().toString().contains("renamed-in-the-tree"));
    }
}
