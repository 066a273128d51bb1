package coyotos.studio.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import coyotos.studio.model.Gpt;
import coyotos.studio.model.GptCapability;
import coyotos.studio.model.Page;
import coyotos.studio.model.PageCapability;
import coyotos.studio.model.Slot;

/**
 * The address-space diagram of one process (spec 0.6, 4.3: a GPT has 16 slots, each holding a capability to
 * a GPT, page or capability page): building a tree from the palette, moving a capability between slots.
 */
class AddressSpaceOperationsTest extends OpenDiagramTest {

    static final String APP = ProcessLayoutOperationsTest.APP;
    static final String APP_SPACE = ProcessLayoutOperationsTest.APP_SPACE;
    static final String APP_HEAP = "_qJ00dukBEfGH9NU5fUPhNA";

    @Override
    String diagramType() {
        return DiagramKinds.ADDRESS_SPACE;
    }

    @Override
    String processId() {
        return APP;
    }

    @Test
    void theDiagramShowsTheProcessSpaceDownToItsPages() {
        String graph = page.lastModel().toString();
        assertTrue(graph.contains("\"app-space\""), graph);
        assertTrue(graph.contains("\"app-low\""));
        assertTrue(graph.contains("\"app-code-0\""));
        assertTrue(graph.contains("\"type\":\"edge:slot\""));
        assertTrue(!graph.contains("\"pager-space\""), "another process's space is not shown");
    }

    @Test
    void aGptAndAPageFromThePaletteConnectedBySlotCapabilities() throws Exception {
        page.operate("{\"kind\":\"createNode\",\"elementTypeId\":\"node:gpt\",\"location\":{\"x\":50,\"y\":600}}");
        page.operate("{\"kind\":\"createNode\",\"elementTypeId\":\"node:page\",\"location\":{\"x\":250,\"y\":600}}");
        List<Gpt> gpts = open.model.system().getObjects().stream().filter(Gpt.class::isInstance).map(Gpt.class::cast)
                .toList();
        Gpt gpt = gpts.get(gpts.size() - 1);
        Page pageObject = (Page) open.model.system().getObjects().get(open.model.system().getObjects().size() - 1);
        assertTrue(page.lastModel().toString().contains(open.model.idOf(gpt)),
                "a GPT no capability designates yet is still shown, so it can be connected");

        page.operate("{\"kind\":\"createEdge\",\"elementTypeId\":\"edge:slot\",\"sourceElementId\":\""
                + open.model.idOf(gpt) + "\",\"targetElementId\":\"" + open.model.idOf(pageObject) + "\"}");
        Slot slot = gpt.getSlots().get(0);
        assertEquals(0, slot.getIndex());
        assertEquals(pageObject, ((PageCapability) slot.getCap()).getTarget());

        page.operate("{\"kind\":\"createEdge\",\"elementTypeId\":\"edge:slot\",\"sourceElementId\":\"" + APP_HEAP
                + "\",\"targetElementId\":\"" + open.model.idOf(gpt) + "\"}");
        Gpt heap = (Gpt) open.model.byId(APP_HEAP);
        assertEquals(gpt, ((GptCapability) heap.getSlots().get(heap.getSlots().size() - 1).getCap()).getTarget());
        for (int i = 0; i < 4; i++) {
            page.operate("{\"kind\":\"glspUndo\"}");
        }
        assertEquals(before, open.text());
    }

    @Test
    void aCapabilityPageHoldsSlotsToo() throws Exception {
        page.operate("{\"kind\":\"createNode\",\"elementTypeId\":\"node:cappage\",\"location\":{\"x\":5,\"y\":5}}");
        var system = open.model.system();
        var capPage = (coyotos.studio.model.CapPage) system.getObjects().get(system.getObjects().size() - 1);
        page.operate("{\"kind\":\"createEdge\",\"elementTypeId\":\"edge:slot\",\"sourceElementId\":\""
                + open.model.idOf(capPage) + "\",\"targetElementId\":\"" + APP_HEAP + "\"}");
        assertEquals(open.model.byId(APP_HEAP), ((GptCapability) capPage.getSlots().get(0).getCap()).getTarget());
        page.operate("{\"kind\":\"glspUndo\"}");
        page.operate("{\"kind\":\"glspUndo\"}");
        assertEquals(before, open.text());
    }

    @Test
    void resizingANodeKeepsItsNewSize() throws Exception {
        page.operate("{\"kind\":\"changeBounds\",\"newBounds\":[{\"elementId\":\"" + APP_SPACE
                + "\",\"newPosition\":{\"x\":300,\"y\":200},\"newSize\":{\"width\":260,\"height\":120}}]}");
        var bounds = open.model.layout().get(DiagramKinds.layoutKey(DiagramKinds.ADDRESS_SPACE, APP), APP_SPACE);
        assertEquals(260, bounds.width());
        assertEquals(120, bounds.height());
        assertTrue(page.lastModel().toString().contains("\"width\":260"), "the page gets the new size");
    }

    @Test
    void editingASlotLabelMovesTheCapabilityToThatSlot() throws Exception {
        Gpt space = (Gpt) open.model.byId(APP_SPACE);
        Slot first = space.getSlots().get(0);
        String labelId = open.model.idOf(first) + "_slot";
        page.operate("{\"kind\":\"applyLabelEdit\",\"labelId\":\"" + labelId + "\",\"text\":\"9\"}");
        assertEquals(9, first.getIndex());
        page.operate("{\"kind\":\"glspUndo\"}");
        assertEquals(before, open.text());
    }

    @Test
    void aSlotThatIsTakenOrOutOfRangeIsRefusedWhileTyping() throws Exception {
        Gpt space = (Gpt) open.model.byId(APP_SPACE);
        String labelId = open.model.idOf(space.getSlots().get(0)) + "_slot";
        for (String text : List.of("1", "16", "x")) {
            int answers = page.count("setEditValidationResult");
            page.dispatch("{\"kind\":\"requestEditValidation\",\"contextId\":\"label-edit\",\"modelElementId\":\""
                    + labelId + "\",\"text\":\"" + text + "\",\"requestId\":\"r" + text + "\"}");
            page.awaitCount("setEditValidationResult", answers + 1);
            String status = page.last("setEditValidationResult").toString();
            // GLSP's ValidationStatus severity 1 is ERROR: the page refuses the edit and shows the message
            assertEquals(1, page.last("setEditValidationResult").getAsJsonObject("status").get("severity").getAsInt(),
                    text + ": " + status);
        }
    }
}
