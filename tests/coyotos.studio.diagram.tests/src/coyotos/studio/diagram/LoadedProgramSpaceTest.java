package coyotos.studio.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import coyotos.studio.diagram.internal.graph.AddressSpaceContent;
import coyotos.studio.diagram.internal.graph.DiagramContent;
import coyotos.studio.diagram.internal.graph.DiagramEdge;
import coyotos.studio.diagram.internal.graph.DiagramNode;
import coyotos.studio.model.Process;

/**
 * A process that names a program image shows, in its Address Space diagram, the space that image is loaded into
 * as mkimage's loadimage builds it (ccs/mkimage/builtin.cxx) — the space the simulator runs instead of the model's
 * own (ProcessTranslator) — derived, marked as loaded, and not editable from the diagram.
 */
class LoadedProgramSpaceTest {

    static final String APP = ProcessLayoutOperationsTest.APP;

    @TempDir
    Path scratch;
    OpenModel open;
    Process app;
    String prefix;

    /** ipc.elf from the simulator tests' programs, built by this module's build (pom.xml). */
    static Path built(String name) {
        return Path.of(System.getProperty("coyotos.sim.programs", "target/programs"), name + ".elf");
    }

    @BeforeEach
    void openWithImage() throws Exception {
        open = new OpenModel(scratch, "seed-external-own-space");
        Files.createDirectories(scratch.resolve("bin"));
        Files.copy(built("ipc"), scratch.resolve("bin/ipc.elf"));
        app = (Process) open.model.byId(APP);
        app.setProgramImage("bin/ipc.elf");
        prefix = APP + "/image/";
    }

    @AfterEach
    void close() {
        open.close();
    }

    private static String derived(DiagramContent content) {
        StringBuilder text = new StringBuilder();
        for (DiagramNode n : content.nodes()) {
            if (content.isDerived(n.id())) {
                text.append(n.id()).append(" | ").append(n.type()).append(" | ").append(n.name()).append(" | ")
                        .append(n.detail()).append('\n');
            }
        }
        for (DiagramEdge e : content.edges()) {
            if (content.isDerived(e.id())) {
                text.append(e.id()).append(" | ").append(e.sourceId()).append(" -> ").append(e.targetId())
                        .append(" | ").append(e.slot()).append(" | ").append(e.text()).append('\n');
            }
        }
        return text.toString().replace(APP, "app");
    }

    @Test
    void theLoadedSpaceIsDrawnWithEachPagesAddressRightsFileAndSegment() {
        DiagramContent content = AddressSpaceContent.of(open.model, app);
        // ipc.elf (link.ld): segment 0 the headers (R), 1 .text (R E) sharing file page 0, 2 .data + .bss (RW) from
        // file offset 0x1000 with .bss spilling onto a third page. Three pages in 0x08040000 + [0, 64 KiB): one GPT
        // of l2v 12, guarded 0x804/16 (ccs/libcoyimage/CoySpace.cxx), slots 8, 9, 10; text RO, data and .bss NX.
        assertEquals("""
                app/image/gpt0 | node:gpt | gpt0 | l2v 12 · loaded from ipc.elf
                app/image/page0 | node:page | 0x8048000 | r-x · ipc.elf seg 0,1 @0x0
                app/image/page1 | node:page | 0x8049000 | rw- · ipc.elf seg 2 @0x1000
                app/image/page2 | node:page | 0x804a000 | rw- · ipc.elf .bss of seg 2
                app#loaded-space | app -> app/image/gpt0 | null | runs · guard 0x804/16
                app/image/gpt0#8 | app/image/gpt0 -> app/image/page0 | 8 | guard 0x0/12 · RO
                app/image/gpt0#9 | app/image/gpt0 -> app/image/page1 | 9 | guard 0x0/12 · NX
                app/image/gpt0#10 | app/image/gpt0 -> app/image/page2 | 10 | guard 0x0/12 · NX
                """, derived(content));
        for (DiagramNode n : content.nodes()) {
            if (content.isDerived(n.id())) {
                assertNull(n.element(), "a loaded node stands for no model element: " + n.id());
            }
        }
    }

    @Test
    void theModelsOwnSpaceIsStillShownAndSaysItDoesNotRun() {
        DiagramContent content = AddressSpaceContent.of(open.model, app);
        DiagramEdge own = content.edges().stream().filter(e -> e.element() == app.getAddressSpace()).findFirst()
                .orElseThrow();
        assertFalse(content.isDerived(own.id()));
        assertEquals("not run: the program image's space replaces it · guard 0x0/19", own.text());
        assertTrue(content.contains(ProcessLayoutOperationsTest.APP_SPACE), "the model's space is still drawn");
        assertTrue(content.node(APP).detail().endsWith(" · runs bin/ipc.elf"), content.node(APP).detail());
    }

    @Test
    void anImageThatCannotBeLoadedIsNamedOnTheProcessAndDrawsNothing() {
        app.setProgramImage("bin/missing.elf");
        DiagramContent content = AddressSpaceContent.of(open.model, app);
        assertEquals("", derived(content));
        assertTrue(content.node(APP).detail().contains("program image 'bin/missing.elf' does not exist"),
                content.node(APP).detail());
    }

    @Test
    void theServerMarksLoadedElementsAndIgnoresDeletingThem() throws Exception {
        TestPage page = new TestPage();
        try {
            page.open(DiagramKinds.ADDRESS_SPACE, open.uri, APP);
            String graph = page.lastModel().toString();
            assertTrue(graph.contains("\"" + prefix + "page0\""), graph);
            assertTrue(graph.contains(DiagramKinds.LOADED_CLASS), "loaded elements carry their CSS class");
            String before = open.text();
            page.dispatch("{\"kind\":\"deleteElement\",\"elementIds\":[\"" + prefix + "gpt0\",\"" + prefix
                    + "gpt0#8\"]}");
            // a loaded node can be moved (its position is the layout's, not the model's); the server handles
            // actions in order, so once this move is answered the delete has been handled
            page.operate("{\"kind\":\"changeBounds\",\"newBounds\":[{\"elementId\":\"" + prefix
                    + "page0\",\"newSize\":{\"width\":100,\"height\":48},\"newPosition\":{\"x\":700,\"y\":400}}]}");
            assertEquals(before, open.text(), "deleting a loaded element changes nothing in the model");
            String after = page.lastModel().toString();
            assertTrue(after.contains("\"" + prefix + "gpt0\"") && after.contains("\"" + prefix + "gpt0#8\""));
            assertEquals(700, open.model.layout().get(DiagramKinds.layoutKey(DiagramKinds.ADDRESS_SPACE, APP),
                    prefix + "page0").x());
        } finally {
            page.close();
        }
    }

    /**
     * The page draws a process whose only space is its program image's (a screenshot under
     * target/chromium/loaded-space).
     */
    @Test
    void thePageDrawsTheLoadedSpace() throws Exception {
        ChromiumPage.checkInstalled();
        Path file = scratch.resolve("program.coyotos");
        var resource = coyotos.studio.model.io.CoyotosModel.newResourceSet()
                .createResource(org.eclipse.emf.common.util.URI.createFileURI(file.toString()));
        var system = coyotos.studio.model.CoyotosFactory.eINSTANCE.createCoyotosSystem();
        system.setName("program");
        Process client = coyotos.studio.model.CoyotosFactory.eINSTANCE.createProcess();
        client.setName("client");
        client.setProgramImage("bin/ipc.elf");
        system.getObjects().add(client);
        resource.getContents().add(system);
        resource.save(java.util.Map.of());
        String uri = file.toUri().toString();
        EditedModel model = coyotos.studio.diagram.internal.server.StandaloneModels.open(uri);
        EditedModels.register(uri, model);
        try {
            Process shown = (Process) model.system().getObjects().get(0);
            Path shots = Path.of("target/chromium/loaded-space").toAbsolutePath();
            var outcome = ChromiumPage.run("render", DiagramKinds.ADDRESS_SPACE, uri, model.idOf(shown), shots);
            DiagramContent content = AddressSpaceContent.of(model, shown);
            assertEquals(5, content.nodes().size(), "the process, a GPT and three pages");
            assertEquals(content.nodes().size(), outcome.result().get("nodes").getAsInt(), outcome.toString());
            assertEquals(content.edges().size(), outcome.result().get("edges").getAsInt(), outcome.toString());
            assertEquals(0, outcome.result().get("labelsOutside").getAsInt(), outcome.toString());
            assertTrue(Files.size(shots.resolve("rendered.png")) > 10_000, "a screenshot of a drawn diagram");
        } finally {
            EditedModels.unregister(uri, model);
            model.dispose();
        }
    }
}
