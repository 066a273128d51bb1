package coyotos.studio.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import coyotos.studio.diagram.perf.DiagramOpenBenchmark;
import coyotos.studio.diagram.perf.LargeModel;

/**
 * A 2,000-element diagram opens, is laid out without overlaps, and renders in Chromium. The times are printed
 * (the benchmark's job), not asserted: a loaded CI machine must not turn a correct build red.
 */
class LargeDiagramTest {

    @TempDir
    Path dir;

    @Test
    void twoThousandElementsOpenAndAreLaidOutWithoutOverlap() throws Exception {
        DiagramOpenBenchmark.Figures figures = DiagramOpenBenchmark.run(dir, 400);
        System.out.println("DiagramOpenBenchmark: " + figures);
        assertEquals(400 * 5, figures.nodes());
        assertTrue(figures.edges() >= 400 * 5, figures.toString());
    }

    @Test
    void twoThousandElementsRenderInChromium() throws Exception {
        ChromiumPage.checkInstalled();
        Path file = LargeModel.write(dir, 400);
        String uri = file.toUri().toString();
        long start = System.nanoTime();
        var outcome = ChromiumPage.run("render", DiagramKinds.PROCESS_LAYOUT, uri, null,
                Path.of("target/chromium/large").toAbsolutePath());
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Chromium: 2,000-node process layout, first open (ELK lays it out): "
                + outcome.drawingFigures() + "; " + millis + " ms in all including starting Chromium");
        assertEquals(400 * 5, outcome.result().get("nodes").getAsInt());
        // markers, type hints and scroll bars are in place on the first drawing: nothing draws it again
        assertEquals(1, outcome.result().get("drawings").getAsInt(), outcome.drawingFigures());
    }
}
