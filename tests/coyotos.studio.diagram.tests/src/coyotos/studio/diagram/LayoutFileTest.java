package coyotos.studio.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import coyotos.studio.diagram.layout.Bounds;
import coyotos.studio.diagram.layout.DiagramLayout;
import coyotos.studio.diagram.layout.LayoutFile;

/** The layout file beside a model never stops the model from opening. */
class LayoutFileTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFileMeansLayOutAfreshWithoutComplaint() {
        DiagramLayout layout = LayoutFile.read(dir.resolve("m.coyotos.layout"));
        assertTrue(layout.isEmpty(DiagramKinds.PROCESS_LAYOUT));
        assertNull(layout.notice());
    }

    @Test
    void aCorruptFileIsSetAsideAndTheUserIsTold() throws Exception {
        Path file = dir.resolve("m.coyotos.layout");
        Files.writeString(file, "{ \"format\": \"coyotos-diagram-layout/1\", \"diagrams\": { \"x\": [1, 2");
        DiagramLayout layout = LayoutFile.read(file);
        assertTrue(layout.isEmpty(DiagramKinds.PROCESS_LAYOUT));
        assertNotNull(layout.notice());
        assertTrue(layout.notice().contains("m.coyotos.layout"), layout.notice());
        assertTrue(Files.exists(dir.resolve("m.coyotos.layout.corrupt")), "the unreadable file is kept, not lost");
    }

    @Test
    void aFileOfAnotherFormatIsNotTakenForALayout() throws Exception {
        Path file = dir.resolve("m.coyotos.layout");
        Files.writeString(file, "{\"format\":\"something-else\",\"diagrams\":{}}");
        assertNotNull(LayoutFile.read(file).notice());
    }

    @Test
    void writingAndReadingGivesTheSamePositionsAndTheSameBytes() throws Exception {
        DiagramLayout layout = new DiagramLayout();
        layout.put(DiagramKinds.PROCESS_LAYOUT, "b", new Bounds(10, 20, 170, 64));
        layout.put(DiagramKinds.PROCESS_LAYOUT, "a", new Bounds(1.25, 2, 3, 4));
        layout.put("coyotos-space/p", "c", new Bounds(0, 0, 100, 48));
        Path file = dir.resolve("m.coyotos.layout");
        LayoutFile.write(layout, file);
        String first = Files.readString(file);
        DiagramLayout read = LayoutFile.read(file);
        assertEquals(new Bounds(10, 20, 170, 64), read.get(DiagramKinds.PROCESS_LAYOUT, "b"));
        assertEquals(new Bounds(0, 0, 100, 48), read.get("coyotos-space/p", "c"));
        LayoutFile.write(read, file);
        assertEquals(first, Files.readString(file), "a stable file: saving again changes no byte");
        assertTrue(first.indexOf("\"a\"") < first.indexOf("\"b\""), "sorted by id, so diffs stay small");
    }

    @Test
    void staleEntriesAreDroppedAndNewElementsArePlacedBesideTheOthers() throws Exception {
        try (OpenModel open = new OpenModel(dir, "ipc-client-server")) {
            DiagramLayout layout = open.model.layout();
            layout.put(DiagramKinds.PROCESS_LAYOUT, "gone", new Bounds(0, 0, 10, 10));
            var content = coyotos.studio.diagram.internal.graph.ProcessLayoutContent.of(open.model);
            String first = content.nodes().get(0).id();
            layout.put(DiagramKinds.PROCESS_LAYOUT, first, new Bounds(100, 100, 170, 64));
            int placed = coyotos.studio.diagram.internal.graph.Placement.place(content, layout, DiagramKinds.PROCESS_LAYOUT);
            assertEquals(content.nodes().size() - 1, placed);
            assertNull(layout.get(DiagramKinds.PROCESS_LAYOUT, "gone"));
            assertEquals(new Bounds(100, 100, 170, 64), layout.get(DiagramKinds.PROCESS_LAYOUT, first));
            for (var node : content.nodes().subList(1, content.nodes().size())) {
                assertTrue(layout.get(DiagramKinds.PROCESS_LAYOUT, node.id()).x() >= 270, "placed right of the others");
            }
        }
    }
}
