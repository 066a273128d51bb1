package coyotos.studio.diagram.perf;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import coyotos.studio.diagram.ChromiumPage;
import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.diagram.EditedModel;
import coyotos.studio.diagram.internal.graph.DiagramContent;
import coyotos.studio.diagram.internal.graph.Placement;
import coyotos.studio.diagram.internal.graph.ProcessLayoutContent;
import coyotos.studio.diagram.internal.server.StandaloneModels;

/**
 * Benchmark (run by {@code ./studio bench}, not by the tests): how long the process layout of a large model
 * takes to open on the server side — load the file, find what to draw, lay it all out with ELK (first open: no
 * layout file) — and to open again once positions are stored; then the same 2,000 nodes in headless Chromium
 * from page load to drawn, first without a layout file and then with the one a save (or an import) writes.
 * Prints the figures; the target is under 2 s for 2,000 elements.
 */
public final class DiagramOpenBenchmark {

    @TempDir
    Path dir;

    @Test
    void processLayoutOfTwoThousandNodes() throws Exception {
        System.out.println("server side: " + run(dir, 400));
        ChromiumPage.checkInstalled();
        Path file = LargeModel.write(dir, 400);
        String uri = file.toUri().toString();
        Path shots = Path.of("target/chromium/bench").toAbsolutePath();
        // a first run warms the server's JVM up as a workbench that has opened a diagram before would be
        ChromiumPage.run("render", DiagramKinds.PROCESS_LAYOUT, uri, null, shots);
        System.out.println("Chromium, first open (ELK lays it out): "
                + ChromiumPage.run("render", DiagramKinds.PROCESS_LAYOUT, uri, null, shots).drawingFigures());
        EditedModel model = StandaloneModels.open(uri);
        Placement.place(ProcessLayoutContent.of(model), model.layout(), DiagramKinds.PROCESS_LAYOUT);
        model.save();
        System.out.println("Chromium, with the layout file a save writes: "
                + ChromiumPage.run("render", DiagramKinds.PROCESS_LAYOUT, uri, null, shots).drawingFigures());
    }

    public record Figures(int nodes, int edges, long loadMillis, long firstLayoutMillis, long reopenMillis) {
        @Override
        public String toString() {
            return String.format("%,d nodes, %,d edges: load %,d ms, first open with ELK layout %,d ms, "
                    + "reopen with stored positions %,d ms", nodes, edges, loadMillis, firstLayoutMillis, reopenMillis);
        }
    }

    public static Figures run(Path dir, int groups) throws Exception {
        Path file = LargeModel.write(dir, groups);
        warmUp(dir);
        long t0 = System.nanoTime();
        EditedModel model = StandaloneModels.open(file.toUri().toString());
        long t1 = System.nanoTime();
        DiagramContent content = ProcessLayoutContent.of(model);
        Placement.place(content, model.layout(), DiagramKinds.PROCESS_LAYOUT);
        long t2 = System.nanoTime();
        DiagramContent again = ProcessLayoutContent.of(model);
        Placement.place(again, model.layout(), DiagramKinds.PROCESS_LAYOUT);
        long t3 = System.nanoTime();
        return new Figures(content.nodes().size(), content.edges().size(), (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
    }

    private static void warmUp(Path dir) throws Exception {
        Path small = LargeModel.write(dir, 50);
        EditedModel model = StandaloneModels.open(small.toUri().toString());
        Placement.place(ProcessLayoutContent.of(model), model.layout(), DiagramKinds.PROCESS_LAYOUT);
    }

}
