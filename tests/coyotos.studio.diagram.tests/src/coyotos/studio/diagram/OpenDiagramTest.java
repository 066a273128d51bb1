package coyotos.studio.diagram;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A diagram of the seed example open in a real server, as the page would have it, with the model text from
 * before the test's first operation to compare undo against.
 */
abstract class OpenDiagramTest {

    @TempDir
    Path scratch;
    OpenModel open;
    TestPage page;
    String before;

    abstract String diagramType();

    /** The process an address-space diagram shows; null for the process layout. */
    String processId() {
        return null;
    }

    @BeforeEach
    void openDiagram() throws Exception {
        open = new OpenModel(scratch, "seed-external-own-space");
        page = new TestPage();
        page.open(diagramType(), open.uri, processId());
        before = open.text();
    }

    @AfterEach
    void closeDiagram() {
        page.close();
        open.close();
    }
}
