package coyotos.studio.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import coyotos.studio.diagram.internal.graph.LabelFont;
import coyotos.studio.diagram.internal.graph.NodeLabels;

/**
 * The server lays out every label, so the page draws the model it is sent: one SetModel answers the request,
 * the page is never asked to measure (no RequestBounds), and every label arrives with its box and anchor.
 * Widths are DejaVu's advances; Chromium measured 75.30 px for "app-space" and 66.44 px for "GPT · l2v 16".
 */
class ServerLayoutTest extends OpenDiagramTest {

    static final String APP_SPACE = "_qJ00cekBEfGH9NU5fUPhNA";

    @Override
    String diagramType() {
        return DiagramKinds.PROCESS_LAYOUT;
    }

    @Test
    void theModelIsSentOnceAndThePageIsNeverAskedToMeasureIt() {
        assertEquals(1, page.count("setModel"), "the request is answered with the model itself");
        assertEquals(0, page.count("requestBounds"), "no hidden rendering to measure labels");
        page.operate("{\"kind\":\"createNode\",\"elementTypeId\":\"node:endpoint\",\"location\":{\"x\":10,\"y\":10}}");
        assertEquals(1, page.count("updateModel"), "a change comes back as one update");
        assertEquals(0, page.count("requestBounds"));
    }

    @Test
    void everyLabelArrivesWithItsBoxAndTheAnchorOfItsText() {
        List<JsonObject> labels = new ArrayList<>();
        collectLabels(page.lastModel(), labels);
        assertEquals(20, labels.size(), "seven nodes with name and detail, six edge labels");
        for (JsonObject label : labels) {
            assertTrue(label.has("size") && label.has("alignment"), label.toString());
            double width = label.getAsJsonObject("size").get("width").getAsDouble();
            assertEquals(width / 2, label.getAsJsonObject("alignment").get("x").getAsDouble(), 1e-9,
                    "text is anchored at the centre of its box: " + label);
        }
    }

    @Test
    void aSpaceRootsLabelsAreCentredUnderEachOther() {
        JsonObject node = child(page.lastModel(), APP_SPACE);
        assertEquals(140.0, node.getAsJsonObject("size").get("width").getAsDouble(), "the space root's own width");
        JsonObject name = child(node, APP_SPACE + "_name");
        assertEquals(75.12, LabelFont.NAME.width("app-space"));
        assertBox(name, 32.4, 6, 75.12, 15, 37.56, 12);
        JsonObject detail = child(node, APP_SPACE + "_detail");
        assertEquals(66.42, LabelFont.DETAIL.width("GPT · l2v 16"));
        assertBox(detail, 36.8, 27, 66.42, 13, 33.21, 10);
    }

    @Test
    void aNodeGrowsToFitItsNameAndKeepsItsSizeOtherwise() {
        NodeLabels.Layout small = NodeLabels.layout(DiagramKinds.PROCESS, "app", "running", 170, 64);
        assertEquals(170, small.width());
        assertEquals(64, small.height());
        String longName = "a-process-whose-name-is-long";
        NodeLabels.Layout wide = NodeLabels.layout(DiagramKinds.ENDPOINT, longName, null, 130, 56);
        assertEquals(LabelFont.NAME.width(longName) + 2 * 24, wide.width(), 1e-9, "endpoints pad 24 px a side");
        assertEquals(24, wide.name().x(), 1e-9);
        assertEquals(10, wide.name().y(), "below the hexagon's top padding");
        assertNull(wide.detail());
        NodeLabels.Layout tiny = NodeLabels.layout(DiagramKinds.PAGE, "p", "page", 10, 10);
        assertEquals(80, tiny.width(), "never narrower than 80");
        assertEquals(6 + 15 + 6 + 13 + 8, tiny.height(), "paddings, both lines and the gap");
    }

    @Test
    void edgeLabelsAreSizedAndAnchoredAtTheirCentre() {
        NodeLabels.Box slot = NodeLabels.edgeLabel(LabelFont.SLOT, "15");
        assertEquals(Math.round(2 * 1233 * 11 / 2048.0 * 100) / 100.0, slot.width(), "two monospace digits");
        assertEquals(slot.width() / 2, slot.anchorX());
        assertEquals(10, slot.anchorY());
        assertEquals(13, slot.height());
    }

    private static void assertBox(JsonObject label, double x, double y, double width, double height, double anchorX,
            double anchorY) {
        JsonObject position = label.getAsJsonObject("position");
        JsonObject size = label.getAsJsonObject("size");
        JsonObject alignment = label.getAsJsonObject("alignment");
        String text = label.toString();
        assertEquals(x, position.get("x").getAsDouble(), 1e-9, text);
        assertEquals(y, position.get("y").getAsDouble(), 1e-9, text);
        assertEquals(width, size.get("width").getAsDouble(), 1e-9, text);
        assertEquals(height, size.get("height").getAsDouble(), 1e-9, text);
        assertEquals(anchorX, alignment.get("x").getAsDouble(), 1e-9, text);
        assertEquals(anchorY, alignment.get("y").getAsDouble(), 1e-9, text);
    }

    private static JsonObject child(JsonObject parent, String id) {
        for (JsonElement child : parent.getAsJsonArray("children")) {
            if (id.equals(child.getAsJsonObject().get("id").getAsString())) {
                return child.getAsJsonObject();
            }
        }
        throw new AssertionError("no element " + id + " under " + parent.get("id"));
    }

    private static void collectLabels(JsonObject element, List<JsonObject> into) {
        if (element.get("type").getAsString().startsWith("label:")) {
            into.add(element);
        }
        if (element.has("children")) {
            element.getAsJsonArray("children").forEach(c -> collectLabels(c.getAsJsonObject(), into));
        }
    }
}
